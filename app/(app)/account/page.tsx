import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { isPlatformAdmin } from "@/lib/access/actor";
import { ROLE_RANK } from "@/lib/access/permissions";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getMyAccount, listMySignIns } from "@/lib/users/own-account";
import { getOwnTwoFactorState } from "@/lib/users/two-factor";
import { TwoFactorCard } from "@/components/account/two-factor-card";
import { MyDataLink } from "@/components/account/my-data-card";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { ChangePasswordPanel } from "@/components/account/change-password-panel";
import { LocalePreference } from "@/components/account/locale-preference";
import { MyEmailForm } from "@/components/account/my-email-form";
import { SignInHistoryTable } from "@/components/account/sign-in-history";
import { SignOutEverywhereButton } from "@/components/account/sign-out-everywhere";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const actor = await requirePageActor();
  const [me, signIns, t, tRoles, format, twoFactor, t2] = await Promise.all([
    getMyAccount({ actor }),
    listMySignIns({ actor, limit: 20 }),
    getTranslations("account"),
    getTranslations("roles"),
    getFormatter(),
    getOwnTwoFactorState({ actor }),
    getTranslations("twoFactor"),
  ]);
  const roles = [
    ...(isPlatformAdmin(actor) ? [{ id: "platform", role: "PLATFORM_ADMIN" as const, node: null }] : []),
    ...[...me.roles].sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role]),
  ];
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const facts: [string, React.ReactNode][] = [
    [t("profile.username"), <span key="u" className="font-mono">{me.username}</span>],
    [t("profile.displayName"), me.displayName],
    [t("profile.phone"), me.phone ?? "—"],
    [t("profile.person"), me.person ? `${me.person.name}（${me.person.node.name}）` : "—"],
    [t("profile.passwordChangedAt"), when(me.passwordChangedAt)],
  ];

  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-5 lg:grid-cols-2">
        <div className="space-y-5">
          <Card>
            <CardHeader title={t("profile.title")} />
            <CardBody className="space-y-4">
              <dl className="space-y-2 text-sm">
                {facts.map(([k, v]) => (
                  <div key={k} className="flex justify-between gap-3">
                    <dt className="shrink-0 text-slate-500">{k}</dt>
                    <dd className="min-w-0 text-right text-slate-800">{v}</dd>
                  </div>
                ))}
              </dl>
              <div className="border-t border-slate-100 pt-3">
                <p className="mb-2 text-sm text-slate-500">{t("profile.roles")}</p>
                <ul className="flex flex-wrap gap-1.5" data-testid="my-roles">
                  {roles.map((r) => (
                    <li key={r.id}>
                      <Badge tone={r.role === "TENANT_ADMIN" || r.role === "PLATFORM_ADMIN" ? "red" : "blue"}>
                        {tRoles(r.role)}
                        {r.node ? ` · ${r.node.name}` : ""}
                      </Badge>
                    </li>
                  ))}
                </ul>
              </div>
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("preferences.title")} />
            <CardBody className="space-y-5">
              <LocalePreference />
              <div className="border-t border-slate-100 pt-4">
                <MyEmailForm email={me.email} />
              </div>
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("sessions.title")} description={t("sessions.description")} />
            <CardBody>
              <SignOutEverywhereButton />
            </CardBody>
          </Card>
        </div>
        <div className="space-y-5">
          <Card>
            <CardHeader title={t("password.title")} />
            <CardBody>
              <ChangePasswordPanel />
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t2("title")} description={t2("optional")} />
            <CardBody>
              <TwoFactorCard enabled={twoFactor.enabled} recoveryCodesLeft={twoFactor.recoveryCodesLeft} />
            </CardBody>
          </Card>
        </div>
      </div>
      <Card className="mt-5">
        <CardHeader title={t("history.title")} description={t("history.description")} />
        <SignInHistoryTable items={signIns} />
      </Card>
      <Card className="mt-5">
        <CardHeader title={t("myData.title")} />
        <CardBody>
          <MyDataLink />
        </CardBody>
      </Card>
    </>
  );
}
