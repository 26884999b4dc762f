import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { monthKeyOf } from "@/lib/duty/time";
import { getStationReport } from "@/lib/points/station-report";
import { getStation } from "@/lib/points/stations";
import { addGoodsAction, archiveGoodsAction, restockGoodsAction } from "@/app/actions/points";
import { ActionButton } from "@/components/duty/action-button";
import { ActionForm } from "@/components/duty/action-form";
import { ExchangeConsole } from "@/components/points/exchange-console";
import { buttonClass } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Field, Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

/** A station: the operator's exchange console, its goods and stock, and the monthly report. */
export default async function StationPage({ params, searchParams }: { params: Promise<{ stationId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const { stationId } = await params;
  const sp = await searchParams;
  const t = await getTranslations("stations");
  const station = await orNotFound(getStation({ actor, stationId }));
  const month = /^\d{4}-\d{2}$/.test(sp.month ?? "") ? sp.month! : monthKeyOf(new Date());
  const report = await getStationReport({ actor, stationId: station.id, month });
  const active = station.goods.filter((g) => !g.archived);
  return (
    <>
      <PageHeader title={station.name} description={[station.node.name, station.address, station.operators.length ? t("operators", { names: station.operators.map((o) => o.displayName).join("、") }) : null].filter(Boolean).join(" · ")} />
      {station.canOperate ? (
        <Card className="mb-5">
          <CardHeader title={t("console.title")} />
          <CardBody><ExchangeConsole stationId={station.id} stationName={station.name} goods={active} initialCard={sp.card} /></CardBody>
        </Card>
      ) : null}
      <div className="grid gap-5 xl:grid-cols-2">
        <Card>
          <CardHeader title={t("goods")} />
          <Table>
            <thead>
              <tr>
                <Th>{t("goodsName")}</Th>
                <Th className="text-right">{t("price")}</Th>
                <Th className="text-right">{t("stock")}</Th>
                <Th />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="station-goods">
              {station.goods.map((g) => (
                <tr key={g.id} className={g.archived ? "opacity-50" : ""}>
                  <Td>{g.name}{g.unit ? <span className="text-xs text-slate-500">/{g.unit}</span> : null}</Td>
                  <Td className="text-right tabular-nums">{g.price}</Td>
                  <Td className="text-right tabular-nums" data-testid={`stock-${g.name}`}>{g.stock}</Td>
                  <Td className="whitespace-nowrap text-right">
                    <span className="inline-flex gap-1">
                      <ActionButton action={restockGoodsAction} input={{ goodsId: g.id, add: 10 }} label={t("restock10")} variant="ghost" />
                      {station.canManage ? <ActionButton action={archiveGoodsAction} input={{ goodsId: g.id, archived: !g.archived }} label={g.archived ? t("restore") : t("archive")} variant="ghost" /> : null}
                    </span>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          {station.canManage ? (
            <CardBody className="border-t border-slate-100">
              <ActionForm action={addGoodsAction} submitLabel={t("addGoods")} className="grid items-end gap-2 sm:grid-cols-5" fieldLabels={{ name: t("goodsName"), price: t("price"), stock: t("stock") }}>
                <input type="hidden" name="stationId" value={station.id} />
                <Field label={t("goodsName")} htmlFor="g-name" className="sm:col-span-2"><Input id="g-name" name="name" required maxLength={60} /></Field>
                <Field label={t("unit")} htmlFor="g-unit"><Input id="g-unit" name="unit" maxLength={10} /></Field>
                <Field label={t("price")} htmlFor="g-price"><Input id="g-price" name="price" type="number" min={1} required /></Field>
                <Field label={t("stock")} htmlFor="g-stock"><Input id="g-stock" name="stock" type="number" min={0} required /></Field>
              </ActionForm>
            </CardBody>
          ) : null}
        </Card>
        <Card>
          <CardHeader
            title={t("report.heading", { month })}
            actions={
              <>
                <form method="get" className="flex gap-2"><Input type="month" name="month" defaultValue={month} className="h-8 w-36 py-1" aria-label={t("month")} /><button className={buttonClass("secondary", "sm")}>{t("show")}</button></form>
                <a href={`/api/stations/${station.id}/report?month=${month}`} className={buttonClass("secondary", "sm")} data-testid="report-export">{t("export")}</a>
              </>
            }
          />
          <CardBody>
            <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4" data-testid="station-report">
              {[
                [t("report.issued"), report.issued],
                [t("report.redeemed"), report.redeemed],
                [t("report.exchanges"), report.exchanges],
                [t("report.people"), report.people],
              ].map(([k, v]) => (
                <div key={String(k)} className="rounded-md bg-slate-50 p-3"><dt className="text-xs text-slate-500">{k}</dt><dd className="text-xl font-semibold tabular-nums">{v}</dd></div>
              ))}
            </dl>
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {report.goods.filter((g) => g.quantity > 0).map((g) => (
                <li key={g.name} className="flex justify-between py-1.5"><span>{g.name}</span><span className="tabular-nums">×{g.quantity} · {g.points}</span></li>
              ))}
            </ul>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
