import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getPledgeOverview } from "@/lib/campaigns/pledges/pledges";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { Lines } from "@/components/campaigns/html-block";
import { PaperSignatures, PledgeTextForm } from "@/components/campaigns/pledge-forms";
import { RateTable } from "@/components/campaigns/rate-table";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ node?: string; page?: string }> };

export default async function PledgePage({ params, searchParams }: Props) {
  const actor = await requirePageActor();
  const { id } = await params;
  const sp = await searchParams;
  const node = sp.node?.match(/^[a-z0-9]{1,40}$/) ? sp.node : null;
  const page = Math.max(1, Math.min(10_000, Number(sp.page) || 1));
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const p = await orNotFound(getPledgeOverview({ actor, campaignId: id, nodeId: node, page }));
  const c = p.campaign;
  const base = `/campaigns/${c.id}/pledge`;
  const editable = p.can.edit && p.total === 0 && c.status !== "CLOSED";
  return (
    <div className="space-y-6">
      <div className="grid gap-6 xl:grid-cols-[1fr_26rem]">
        <Card>
          <CardHeader title={t("pledge.rateTitle")} description={t("pledge.rateHint")} />
          <RateTable
            rows={p.rates.rows}
            direct={p.rates.direct}
            all={p.rates.all}
            parentName={p.rates.parent?.name ?? null}
            trail={p.rates.trail}
            href={(n) => `${base}?node=${n}`}
            labels={{ total: t("pledge.roster"), hit: t("pledge.signed"), rate: t("overview.pledgeRate") }}
            testId="pledge-rates"
          />
          <CardBody className="border-t border-slate-100 text-xs text-slate-500">
            {t("pledge.formula")} {p.offRoster ? t("pledge.offRoster", { n: p.offRoster }) : null}
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={c.pledgeTitle ?? t("pledge.title")} description={editable ? t("pledge.editHint") : p.total ? t("pledge.locked") : undefined} />
          <CardBody>
            {editable ? (
              <PledgeTextForm campaignId={c.id} title={c.pledgeTitle ?? ""} text={c.pledgeText ?? ""} />
            ) : c.pledgeText ? (
              <Lines text={c.pledgeText} className="text-sm text-slate-700" />
            ) : (
              <EmptyState title={t("pledge.noText")} />
            )}
          </CardBody>
        </Card>
      </div>

      {p.can.paper ? (
        <Card>
          <CardHeader title={t("pledge.paper")} description={t("pledge.paperHint")} />
          <CardBody>
            <PaperSignatures campaignId={c.id} />
          </CardBody>
        </Card>
      ) : null}

      {p.qrUnits.length && c.pledgeText ? (
        <Card>
          <CardHeader title={t("pledge.qr")} description={t("pledge.qrHint")} />
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("fields.unit")}</Th>
                <Th>{t("pledge.qrCode")}</Th>
                <Th>{t("pledge.download")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="pledge-qr">
              {p.qrUnits.map((u) => {
                const qr = `/api/campaigns/${c.id}/units/${u.id}/qr`;
                return (
                  <tr key={u.id}>
                    <Td style={{ paddingLeft: `${0.75 + Math.max(0, u.node.depth - 1)}rem` }}>
                      <p className="font-medium text-slate-900">{u.node.name}</p>
                      <Link href={`/p/pledge/${u.pledgeToken}`} target="_blank" className="text-xs text-brand-700 hover:underline" data-testid={`public-link-${u.node.id}`}>
                        {t("pledge.openPage")}
                      </Link>
                    </Td>
                    <Td>
                      {/* eslint-disable-next-line @next/next/no-img-element */}
                      <img src={`${qr}?format=svg`} alt={t("pledge.qrAlt", { name: u.node.name })} loading="lazy" className="h-16 w-16" />
                    </Td>
                    <Td className="space-x-3 text-sm">
                      <a href={`${qr}?format=png&download=true`} className="text-brand-700 hover:underline">PNG</a>
                      <a href={`${qr}?format=svg&download=true`} className="text-brand-700 hover:underline">SVG</a>
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </Card>
      ) : null}

      <Card>
        <CardHeader title={t("pledge.signatures")} description={t("pledge.signaturesCount", { n: p.total })} />
        {p.signatures.length === 0 ? (
          <EmptyState title={t("pledge.noSignatures")} />
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("pledge.signer")}</Th>
                <Th>{t("fields.unit")}</Th>
                <Th>{t("pledge.channel")}</Th>
                <Th>{t("pledge.signedAt")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="signatures">
              {p.signatures.map((s) => (
                <tr key={s.id}>
                  <Td>
                    {s.name}
                    {!s.onRoster ? <span className="ml-2 text-xs text-slate-400">{s.phone} · {t("pledge.notOnRoster")}</span> : null}
                  </Td>
                  <Td>{s.unit}</Td>
                  <Td><Badge tone={s.channel === "APP" ? "blue" : s.channel === "PAPER" ? "amber" : "green"}>{t(`pledge.channels.${s.channel}`)}</Badge></Td>
                  <Td className="tabular-nums text-slate-600">{format.dateTime(s.signedAt, { dateStyle: "medium", timeStyle: "short" })}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination page={p.page} pageSize={p.pageSize} total={p.total} path={base} params={{ node: node ?? undefined }} />
      </Card>
    </div>
  );
}
