import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getInspection } from "@/lib/inspections/inspections";
import { rectificationState } from "@/lib/inspections/rules";
import { now } from "@/lib/time/clock";
import { PhotoStrip } from "@/components/campaigns/photo-upload";
import { StateBadge } from "@/components/inspections/state-badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inspections.detail"))("title") };
}

const when = (d: Date, locale: string) => new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);

export default async function InspectionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const t = await getTranslations("inspections");
  const locale = await getLocale();
  const at = await now();
  const i = await orNotFound(getInspection({ actor, inspectionId: id }));
  const scoreOf = new Map(i.scores.map((s) => [s.key, s]));
  return (
    <>
      <PageHeader title={`${t(`kind.${i.kind}`)} · ${i.node.name}`} description={`${when(i.occurredAt, locale)} · ${i.inspectorName}`} />
      <div className="grid gap-5 lg:grid-cols-[1fr_22rem]">
        <Card>
          <CardHeader title={i.checklist?.name ?? t("kind.FOLLOW_UP")} description={i.maxTotal ? `${t("detail.total")} ${i.total} / ${i.maxTotal}` : undefined} />
          {i.items.length ? (
            <Table>
              <thead className="bg-slate-50"><tr><Th>{t("table.item")}</Th><Th className="text-right">{t("table.score")}</Th><Th>{t("table.note")}</Th><Th>{t("table.photos")}</Th></tr></thead>
              <tbody className="divide-y divide-slate-100" data-testid="inspection-items">
                {i.items.map((it) => {
                  const s = scoreOf.get(it.key);
                  return (
                    <tr key={it.key}>
                      <Td>{it.text}</Td>
                      <Td className={`text-right tabular-nums ${s && s.score < it.maxScore ? "font-medium text-red-700" : ""}`}>{s ? `${s.score} / ${it.maxScore}` : "—"}</Td>
                      <Td className="text-slate-600">{s?.note ?? ""}</Td>
                      <Td><PhotoStrip ids={s?.photoIds ?? []} alt={it.text} /></Td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          ) : (
            <CardBody><p className="text-sm text-slate-500">{i.notes ?? t("detail.none")}</p></CardBody>
          )}
        </Card>
        <div className="space-y-5">
          <Card>
            <CardBody className="space-y-2 text-sm">
              {i.observed !== null ? <p>{t("detail.observed")}：{i.observed} · {t("detail.correct")}：{i.correct}</p> : null}
              {i.notes ? <p className="whitespace-pre-line">{t("detail.notes")}：{i.notes}</p> : null}
              {i.photoIds.length ? <><p className="text-slate-500">{t("detail.photos")}</p><PhotoStrip ids={i.photoIds} alt={i.node.name} /></> : null}
            </CardBody>
          </Card>
          <Card>
            <CardHeader title={t("detail.rectifications")} />
            {i.rectifications.length ? (
              <ul className="divide-y divide-slate-100" data-testid="inspection-rectifications">
                {i.rectifications.map((r) => (
                  <li key={r.id} className="px-4 py-2.5 text-sm">
                    <Link href={`/rectifications/${r.id}`} className="font-medium text-slate-900 hover:text-brand-700">{r.description}</Link>
                    <p className="mt-0.5 flex items-center gap-2 text-xs text-slate-500">{r.node.name} · {when(r.deadline, locale)} <StateBadge state={rectificationState(r, at)} /></p>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="px-4 py-4 text-sm text-slate-500">{t("detail.none")}</p>
            )}
          </Card>
          {i.verified.length ? (
            <Card>
              <CardHeader title={t("detail.verified")} />
              <ul className="divide-y divide-slate-100">{i.verified.map((r) => <li key={r.id} className="px-4 py-2 text-sm">{r.description} · <span className="text-slate-500">{r.node.name}</span></li>)}</ul>
            </Card>
          ) : null}
        </div>
      </div>
    </>
  );
}
