import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listScopeRoots } from "@/lib/org/read-nodes";
import { EmptyState } from "@/components/ui/empty-state";

export default async function OrgIndex() {
  const actor = await requirePageActor();
  // Members and others without the org tree (a bookmark, a typed address) go home instead of to an error.
  if (!can(actor, "org.read")) redirect("/home");
  const roots = await listScopeRoots({ actor });
  if (roots.length) redirect(`/org/${roots[0].id}`);
  const t = await getTranslations("org");
  return <EmptyState title={t("noScope")} />;
}
