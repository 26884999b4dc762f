import { redirect } from "next/navigation";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";

// Everyone lands where their role works: platform admins on tenants, staff on the desk, members on the phone page.
export default async function Root() {
  const actor = await requirePageActor();
  if (can(actor, "platform.manage")) redirect("/platform");
  if (can(actor, "org.read")) redirect("/home");
  redirect("/m");
}
