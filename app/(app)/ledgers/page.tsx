import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { percent } from "@/lib/duty/disposal-rate";
import { listFilterNodes } from "@/lib/duty/filter-nodes";
import { getDisposalRates, listLedgers } from "@/lib/duty/ledgers";
import { addDays, dayKeyOf, formatClock, isDayKey } from "@/lib/duty/time";
import { NodeFilter } from "@/components/duty/node-filter";
import { RateLedger } from "@/components/duty/rate-ledger";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

/** The newest ledgers listed (the rates above always cover the whole range). */
const LEDGERS_SHOWN = 40;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("ledgers") };
}

/** 督导台账: the supervisors' daily ledgers, their rating, and the correct disposal rate over any range. */
export default async function LedgersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const t = await getTranslations("ledgers");
  const nodes = await listFilterNodes({ actor, permission: "ledger.read", kinds: ["district", "district_union", "street", "community", "village", "compound"] });
  if (!nodes.length) return <EmptyState title={t("noScope")} />;
  const node = nodes.find((n) => n.id === sp.nodeId) ?? nodes[0];
  const today = dayKeyOf(new Date());
  const from = sp.from && isDayKey(sp.from) ? sp.from : addDays(today, -29);
  const to = sp.to && isDayKey(sp.to) && sp.to >= from ? sp.to : today;
  const [rates, ledgers] = await Promise.all([orNotFound(getDisposalRates({ actor, nodeId: node.id, from, to })), listLedgers({ actor, from, to, nodeId: node.id, take: LEDGERS_SHOWN })]);
  const rate = (r: number | null) => (r === null ? "—" : `${percent(r)}%`);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-5">
        <CardBody>
          <NodeFilter nodes={nodes} nodeId={node.id}>
            <label className="space-y-1 text-sm"><span className="block font-medium text-slate-700">{t("from")}</span><Input type="date" name="from" defaultValue={from} className="w-40" /></label>
            <label className="space-y-1 text-sm"><span className="block font-medium text-slate-700">{t("to")}</span><Input type="date" name="to" defaultValue={to} className="w-40" /></label>
          </NodeFilter>
        </CardBody>
      </Card>
      <div className="mb-5 grid grid-cols-2 gap-3 lg:grid-cols-4">
        {[
          [t("rate"), rate(rates.overall.rate), "rate"],
          [t("observed"), rates.overall.observed, "observed"],
          [t("correct"), rates.overall.correct, "correct"],
          [t("corrected"), rates.overall.corrected, "corrected"],
        ].map(([k, v, id]) => (
          <Card key={String(id)} className="p-4"><p className="text-sm text-slate-500">{k}</p><p className="mt-1 text-2xl font-semibold tabular-nums" data-testid={`ledger-${id}`}>{v}</p></Card>
        ))}
      </div>
      <div className="grid gap-5 xl:grid-cols-3">
        {([["byCommunity", rates.byCommunity], ["byArea", rates.byArea], ["byBinPoint", rates.byBinPoint]] as const).map(([key, rows]) => (
          <Card key={key}>
            <CardHeader title={t(key)} />
            {rows.length ? (
              <ul className="divide-y divide-slate-100 px-4 text-sm">
                {rows.map((r) => (
                  <li key={r.id} className="flex justify-between py-2"><span>{r.name}</span><span className="tabular-nums">{rate(r.rate)} <span className="text-xs text-slate-500">({r.correct}/{r.observed})</span></span></li>
                ))}
              </ul>
            ) : (
              <EmptyState title={t("none")} />
            )}
          </Card>
        ))}
        <Card className="xl:col-span-3">
          <CardHeader title={t("list", { count: ledgers.length })} description={ledgers.length >= LEDGERS_SHOWN ? t("listShown", { n: LEDGERS_SHOWN }) : undefined} />
          {ledgers.length ? (
            <Table>
              <thead>
                <tr>
                  <Th>{t("date")}</Th><Th>{t("binPoint")}</Th><Th>{t("supervisor")}</Th>
                  <Th className="text-right">{t("observed")}</Th><Th className="text-right">{t("correct")}</Th><Th className="text-right">{t("corrected")}</Th><Th className="text-right">{t("rate")}</Th>
                  <Th>{t("photos")}</Th><Th>{t("rating")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="ledgers-table">
                {ledgers.map((l) => (
                  <tr key={l.id}>
                    <Td className="whitespace-nowrap">{l.date} {formatClock(l.slot.startMinute)}</Td>
                    <Td>{l.binPoint.name}<p className="text-xs text-slate-500">{l.binPoint.node.name}</p>{l.remarks ? <p className="text-xs text-slate-600">{l.remarks}</p> : null}</Td>
                    <Td>{l.supervisorName}</Td>
                    <Td className="text-right tabular-nums">{l.observed}</Td>
                    <Td className="text-right tabular-nums">{l.correct}</Td>
                    <Td className="text-right tabular-nums">{l.corrected}</Td>
                    <Td className="text-right tabular-nums">{rate(l.observed ? l.correct / l.observed : null)}</Td>
                    <Td className="text-xs">
                      {[...l.photosBefore.map((id) => [id, t("before")]), ...l.photosAfter.map((id) => [id, t("after")])].map(([id, label]) => (
                        <a key={id} href={`/api/files/${id}`} target="_blank" rel="noreferrer" className="mr-1 text-brand-700">{label}</a>
                      ))}
                    </Td>
                    <Td className="whitespace-nowrap">{l.score !== null ? <span>{l.score}{l.ratingComment ? <span className="text-xs text-slate-500"> · {l.ratingComment}</span> : null}</span> : l.canRate ? <RateLedger ledgerId={l.id} /> : "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t("none")} />
          )}
        </Card>
      </div>
    </>
  );
}
