import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listBinPoints } from "@/lib/duty/bin-points";
import { listLedgers } from "@/lib/duty/ledgers";
import { addDays, chinaParts, dayKeyOf, formatClock } from "@/lib/duty/time";
import { percent } from "@/lib/duty/disposal-rate";
import { LedgerForm } from "@/components/duty/ledger-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("ledgers.m"))("title") };
}

/** 督导台账 on the phone: today's ledger in under a minute, and the last days kept. */
export default async function SupervisorLedgerPage() {
  const actor = await requirePageActor();
  if (!can(actor, "ledger.record")) notFound();
  const t = await getTranslations("ledgers.m");
  const now = new Date();
  const today = dayKeyOf(now);
  const [points, recent] = await Promise.all([listBinPoints({ actor, permission: "ledger.record" }), listLedgers({ actor, from: addDays(today, -6), to: today, mine: true })]);
  return (
    <div className="space-y-4">
      <Card className="p-4">
        <h1 className="mb-3 text-base font-semibold text-slate-900">{t("title")}</h1>
        {points.rows.length ? (
          <LedgerForm
            today={today}
            nowMinute={chinaParts(now).minuteOfDay}
            points={points.rows.map((p) => ({ id: p.id, name: p.name, nodeName: p.node.name, slots: p.slots.map((s) => ({ id: s.id, startMinute: s.startMinute, endMinute: s.endMinute, label: `${formatClock(s.startMinute)}–${formatClock(s.endMinute)}` })) }))}
          />
        ) : (
          <EmptyState title={t("noPoints")} />
        )}
      </Card>
      <Card className="p-4">
        <h2 className="text-sm font-semibold text-slate-900">{t("recent")}</h2>
        {recent.length ? (
          <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="my-ledgers">
            {recent.map((l) => (
              <li key={l.id} className="py-2">
                <p className="flex justify-between">
                  <span>{l.date.slice(5)} {l.binPoint.name} {formatClock(l.slot.startMinute)}</span>
                  <span className="tabular-nums">{percent(l.observed ? l.correct / l.observed : null) ?? "—"}%</span>
                </p>
                <p className="text-xs text-slate-500">
                  {t("counts", { observed: l.observed, correct: l.correct, corrected: l.corrected })}
                  {l.score !== null ? ` · ${t("score", { score: l.score })}` : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-500">{t("none")}</p>
        )}
      </Card>
    </div>
  );
}
