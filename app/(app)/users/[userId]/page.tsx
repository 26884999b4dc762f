import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChevronLeft, ScrollText } from "lucide-react";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { ROLE_RANK } from "@/lib/access/permissions";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getUser } from "@/lib/users/read-users";
import { grantableRoles, mayGrant } from "@/lib/users/write-users";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { FollowedUnitsEditor } from "@/components/users/followed-units-editor";
import { AddRoleForm, RoleList } from "@/components/users/user-roles";
import { UserProfileForm } from "@/components/users/user-profile-form";
import { DeleteUserButton, UserSecurityActions } from "@/components/users/user-security";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("detail.title") };
}

export default async function UserPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requirePageActor();
  const { userId } = await params;
  const user = await orNotFound(getUser({ actor, userId }));
  const [t, format] = await Promise.all([getTranslations("users"), getFormatter()]);
  const isSelf = user.id === actor.userId;
  const manage = user.canManage;
  const addable = manage ? grantableRoles(actor) : [];
  const roles = [...user.roles]
    .sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || a.node.path.length - b.node.path.length)
    .map((r) => ({
      id: r.id,
      role: r.role,
      nodeName: r.node.name,
      removable: mayGrant(actor, r.role, r.node.path) && !(isSelf && r.role === "TENANT_ADMIN"),
    }));
  const isRepresentative = user.roles.some((r) => r.role === "REPRESENTATIVE");
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : t("never"));

  const facts: [string, React.ReactNode][] = [
    [t("fields.username"), <span key="u" className="font-mono">{user.username}</span>],
    [t("fields.phone"), user.phone ?? "—"],
    [t("fields.person"), user.person ? `${user.person.name}（${user.person.node.name}）` : "—"],
    [t("fields.createdAt"), when(user.createdAt)],
    [t("fields.lastSignIn"), when(user.lastSignInAt)],
  ];

  return (
    <>
      <Link href="/users" className="mb-2 inline-flex items-center gap-1 text-sm text-slate-500 hover:text-slate-800">
        <ChevronLeft className="h-4 w-4" aria-hidden />
        {t("title")}
      </Link>
      <PageHeader
        title={
          <span className="flex items-center gap-2">
            {user.displayName}
            {user.disabled ? <Badge tone="red">{t("status.disabled")}</Badge> : null}
            {user.mustChangePassword && !user.disabled ? <Badge tone="amber">{t("status.mustChange")}</Badge> : null}
          </span>
        }
        description={user.username}
        actions={
          can(actor, "audit.read") ? (
            <Link href={`/audit?entityType=User&entityId=${user.id}`} className="inline-flex items-center gap-1 text-sm text-slate-600 hover:text-slate-900">
              <ScrollText className="h-4 w-4" aria-hidden />
              {t("detail.auditLink")}
            </Link>
          ) : null
        }
      />
      {!manage ? (
        <p className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-600">
          {can(actor, "users.write") ? t("detail.readOnly") : t("detail.viewOnly")}
        </p>
      ) : null}
      <div className="grid gap-5 lg:grid-cols-3">
        <div className="space-y-5 lg:col-span-2">
          <Card>
            <CardHeader title={t("roles.title")} description={t("roles.description")} />
            <CardBody className="space-y-3">
              <RoleList userId={user.id} username={user.username} roles={roles} />
              {addable.length ? <AddRoleForm userId={user.id} roles={addable} /> : null}
            </CardBody>
          </Card>
          {isRepresentative ? (
            <Card>
              <CardHeader title={t("follows.title")} description={t("follows.description")} />
              <CardBody>
                <FollowedUnitsEditor
                  userId={user.id}
                  editable={manage}
                  initial={user.follows.map((f) => ({ id: f.node.id, name: f.node.name, kindName: f.node.kind.name }))}
                />
              </CardBody>
            </Card>
          ) : null}
          {manage ? (
            <Card>
              <CardHeader title={t("security.title")} />
              <CardBody>
                <UserSecurityActions userId={user.id} username={user.username} displayName={user.displayName} disabled={user.disabled} isSelf={isSelf} totpEnabled={user.totpEnabled} />
              </CardBody>
            </Card>
          ) : null}
        </div>
        <div className="space-y-5">
          <Card>
            <CardHeader title={t("detail.profile")} />
            <CardBody className="space-y-4">
              <dl className="space-y-2 text-sm">
                {facts.map(([k, v]) => (
                  <div key={k} className="flex justify-between gap-3">
                    <dt className="shrink-0 text-slate-500">{k}</dt>
                    <dd className="min-w-0 text-right text-slate-800">{v}</dd>
                  </div>
                ))}
              </dl>
              {manage ? (
                <div className="border-t border-slate-100 pt-4">
                  <UserProfileForm userId={user.id} displayName={user.displayName} disabled={user.disabled} email={user.email} />
                </div>
              ) : null}
            </CardBody>
          </Card>
          {manage && !isSelf ? (
            <Card className="ring-red-200">
              <CardHeader title={<span className="text-red-700">{t("delete.title")}</span>} description={t("delete.hint")} />
              <CardBody>
                <DeleteUserButton userId={user.id} username={user.username} />
              </CardBody>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
