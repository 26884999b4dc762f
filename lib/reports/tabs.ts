// Which report pages an actor sees as tabs (the pages themselves check again through the data layer).
import { can, type Actor } from "../access/actor";

export type ReportsTabKey = "mine" | "review" | "completeness" | "rollup" | "types";

export function reportTabsFor(actor: Actor): ReportsTabKey[] {
  const tabs: ReportsTabKey[] = ["mine"];
  if (can(actor, "reports.review")) tabs.push("review");
  if (can(actor, "reports.read")) tabs.push("completeness", "rollup");
  if (can(actor, "reports.configure")) tabs.push("types");
  return tabs;
}
