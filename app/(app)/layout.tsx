import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can, rolesOf } from "@/lib/access/actor";
import { NAV } from "@/lib/access/navigation";
import { ROLE_RANK } from "@/lib/access/permissions";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getMyTenant } from "@/lib/org/read-tenant";
import { countMyUnread } from "@/lib/notifications/notifications";
import { AppShell } from "@/components/shell/app-shell";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  // Members (and accounts with no staff role) live on the phone pages.
  if (!can(actor, "org.read") && !can(actor, "platform.manage")) redirect("/m");
  const [t, tRoles, tenant, unread] = await Promise.all([getTranslations("nav"), getTranslations("roles"), getMyTenant({ actor }), countMyUnread({ actor })]);
  const items = NAV.filter((n) => can(actor, n.permission)).map((n) => ({ ...n, label: t(n.key) }));
  const roles = rolesOf(actor)
    .sort((a, b) => ROLE_RANK[b] - ROLE_RANK[a])
    .map((r) => tRoles(r));
  return (
    <AppShell
      items={items}
      sections={{ main: "", data: t("sectionData"), org: t("sectionOrg"), participation: t("sectionParticipation"), system: t("sectionSystem") }}
      tenantName={tenant?.name ?? t("platform")}
      userName={actor.displayName}
      roles={roles}
      unread={unread}
    >
      {children}
    </AppShell>
  );
}
