import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Clock, Coins } from "lucide-react";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { dayKeyOf, dayKeyOfDateColumn, minutesToHours } from "@/lib/duty/time";
import { listMyClaims } from "@/lib/points/claims";
import { listRules } from "@/lib/points/rules";
import { getMyStatement } from "@/lib/points/statement";
import { ClaimForm } from "@/components/points/claim-form";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("points.m"))("title") };
}

const CLAIM_TONE = { SUBMITTED: "amber", VERIFIED: "blue", CONFIRMED: "green", REJECTED: "red" } as const;

/** 我的积分与时长: both balances, claim points, my claims and the statement of both currencies. */
export default async function MyPointsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("points.m");
  const tc = await getTranslations("points.category");
  const tk = await getTranslations("points.kind");
  const ts = await getTranslations("points.claimStatus");
  if (!can(actor, "points.self") || !actor.personId) return <Alert tone="info">{t("noPerson")}</Alert>;
  const [statement, claims, rules] = await Promise.all([getMyStatement({ actor }), listMyClaims({ actor }), listRules({ actor })]);
  const claimable = rules.filter((r) => r.points > 0 && r.audience !== "RESIDENT");
  const when = (d: Date) => d.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric" });
  return (
    <div className="space-y-4">
      <div className="grid grid-cols-2 gap-3">
        <Card className="p-4">
          <p className="flex items-center gap-1 text-xs text-slate-500"><Coins className="h-4 w-4 text-amber-600" aria-hidden />{t("points")}</p>
          <p className="mt-1 text-3xl font-bold tabular-nums text-slate-900" data-testid="my-points">{statement?.account.points ?? 0}</p>
        </Card>
        <Card className="p-4">
          <p className="flex items-center gap-1 text-xs text-slate-500"><Clock className="h-4 w-4 text-green-700" aria-hidden />{t("hours")}</p>
          <p className="mt-1 text-3xl font-bold tabular-nums text-slate-900" data-testid="my-hours">{minutesToHours(statement?.account.minutes ?? 0)}</p>
        </Card>
      </div>
      <div className="flex gap-2 text-sm">
        <Link href="/m/points/rules" className="flex-1 rounded-md bg-white py-2 text-center text-brand-700 ring-1 ring-slate-200">{t("howToEarn")}</Link>
        <Link href="/m/exchange" className="flex-1 rounded-md bg-white py-2 text-center text-brand-700 ring-1 ring-slate-200">{t("exchange")}</Link>
      </div>

      {claimable.length ? (
        <Card className="p-4">
          <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("claimTitle")}</h2>
          <ClaimForm today={dayKeyOf(new Date())} rules={claimable.map((r) => ({ id: r.id, name: r.name, points: r.points, categoryName: tc(r.category) }))} />
        </Card>
      ) : null}

      {claims.length ? (
        <Card className="p-4">
          <h2 className="text-sm font-semibold text-slate-900">{t("myClaims")}</h2>
          <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="my-claims">
            {claims.map((c) => (
              <li key={c.id} className="py-2">
                <div className="flex items-center justify-between gap-2">
                  <span className="min-w-0 truncate">{c.rule.name}</span>
                  <span className="flex shrink-0 items-center gap-2">
                    <span className="tabular-nums">{c.points > 0 ? `+${c.points}` : c.points}</span>
                    <Badge tone={CLAIM_TONE[c.status]}>{ts(c.status)}</Badge>
                  </span>
                </div>
                <p className="text-xs text-slate-500">{dayKeyOfDateColumn(c.occurredOn)}{c.rejectReason ? ` · ${c.rejectReason}` : ""}</p>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card className="p-4">
        <h2 className="text-sm font-semibold text-slate-900">{t("statement")}</h2>
        {statement?.entries.length ? (
          <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="my-statement">
            {statement.entries.map((e) => (
              <li key={e.id} className="flex items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="block truncate">{e.ruleName ?? e.memo ?? tk(e.kind)}</span>
                  <span className="block text-xs text-slate-500">{when(e.createdAt)} · {tk(e.kind)}{e.reversed ? ` · ${t("reversed")}` : ""}</span>
                </span>
                <span className={`shrink-0 tabular-nums ${e.amount > 0 ? "text-green-700" : "text-red-600"}`}>
                  {e.currency === "POINTS" ? `${e.amount > 0 ? "+" : ""}${e.amount} ${t("pointsUnit")}` : `${e.amount > 0 ? "+" : ""}${minutesToHours(e.amount)} ${t("hoursUnit")}`}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-500">{t("noEntries")}</p>
        )}
      </Card>
    </div>
  );
}
