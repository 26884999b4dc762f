import "server-only";
// Every domain's job handlers, imported for their registration side effect. Domains add a line here.
import "../reports/handlers";
import "../points/handlers";
import "../dashboards/handlers";
import "../notifications/handlers";
import "../campaigns/handlers";
export {};
