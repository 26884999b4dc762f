import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft } from "lucide-react";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getMyAccount, listMySignIns } from "@/lib/users/own-account";
import { Card } from "@/components/ui/card";
import { MyDataLink } from "@/components/account/my-data-card";
import { ChangePasswordPanel } from "@/components/account/change-password-panel";
import { SignInHistoryList } from "@/components/account/sign-in-history";
import { SignOutEverywhereButton } from "@/components/account/sign-out-everywhere";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function MemberAccountPage() {
  const actor = await requirePageActor();
  const [me, signIns, t, tm] = await Promise.all([
    getMyAccount({ actor }),
    listMySignIns({ actor, limit: 10 }),
    getTranslations("account"),
    getTranslations("member"),
  ]);
  return (
    <div className="space-y-4">
      <Link href="/m" className="inline-flex items-center gap-1 py-1 text-sm text-slate-600">
        <ChevronLeft className="h-4 w-4" aria-hidden />
        {tm("title")}
      </Link>
      <Card className="p-4">
        <p className="text-lg font-semibold text-slate-900">{me.displayName}</p>
        <p className="mt-0.5 text-sm text-slate-500">
          {t("profile.username")}：<span className="font-mono">{me.username}</span>
          {me.phone ? <span className="ml-3 tabular-nums">{me.phone}</span> : null}
        </p>
      </Card>
      <Card className="p-4">
        <h2 className="mb-3 text-base font-semibold text-slate-900">{t("password.title")}</h2>
        <ChangePasswordPanel fullWidthButton />
      </Card>
      <Card className="p-4">
        <h2 className="text-base font-semibold text-slate-900">{t("history.title")}</h2>
        <p className="mb-1 mt-0.5 text-xs text-slate-500">{t("history.description")}</p>
        <SignInHistoryList items={signIns} />
      </Card>
      <Card className="p-4">
        <h2 className="text-base font-semibold text-slate-900">{t("sessions.title")}</h2>
        <p className="mb-3 mt-0.5 text-xs text-slate-500">{t("sessions.description")}</p>
        <SignOutEverywhereButton />
      </Card>
      <Card className="p-4">
        <h2 className="mb-2 text-base font-semibold text-slate-900">{t("myData.title")}</h2>
        <MyDataLink fullWidth />
      </Card>
    </div>
  );
}
