// Every domain's queue definitions, imported for their registration side effect (install and workers).
// Domains add a line here when they add queues.
import "../reports/queues";
import "../points/queues";
import "../dashboards/queues";
import "../notifications/queues";
import "../campaigns/queues";
export {};
