import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listFilterNodes } from "@/lib/duty/filter-nodes";
import { minutesToHours } from "@/lib/duty/time";
import { listOffers, listTimeBankMovements } from "@/lib/points/time-bank";
import { createOfferAction } from "@/app/actions/points";
import { ActionForm } from "@/components/duty/action-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("timebank") };
}

/** 志愿服务银行: the offers hours buy, and deposits and redemptions in scope. */
export default async function TimeBankPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("timebank");
  const tg = await getTranslations("points.goodsKind");
  const format = await getFormatter();
  const [offers, movements] = await Promise.all([listOffers({ actor }), listTimeBankMovements({ actor, take: 60 })]);
  const nodes = can(actor, "points.manage") ? await listFilterNodes({ actor, permission: "points.manage", kinds: ["district", "district_union", "street", "community", "village"] }) : [];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-5 xl:grid-cols-[1fr_22rem]">
        <Card>
          <CardHeader title={t("offers")} />
          {offers.length ? (
            <ul className="divide-y divide-slate-100" data-testid="offers">
              {offers.map((o) => (
                <li key={o.id} className="flex justify-between px-4 py-2.5 text-sm">
                  <span>{o.name} <span className="text-xs text-slate-500">{tg(o.kind)} · {o.node.name}</span></span>
                  <span className="tabular-nums">{t("hoursPrice", { hours: minutesToHours(o.price) })} · {t("stock", { n: o.stock })}</span>
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t("noOffers")} />
          )}
        </Card>
        {nodes.length ? (
          <Card className="self-start">
            <CardHeader title={t("newOffer")} />
            <CardBody>
              <ActionForm action={createOfferAction} submitLabel={t("create")} fieldLabels={{ name: t("name"), hours: t("hours") }}>
                <Field label={t("node")} htmlFor="o-node"><Select id="o-node" name="nodeId">{nodes.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}</Select></Field>
                <Field label={t("kind")} htmlFor="o-kind"><Select id="o-kind" name="kind">{(["GIFT", "VOUCHER", "TRAINING"] as const).map((k) => <option key={k} value={k}>{tg(k)}</option>)}</Select></Field>
                <Field label={t("name")} htmlFor="o-name"><Input id="o-name" name="name" required maxLength={60} /></Field>
                <div className="grid grid-cols-2 gap-3">
                  <Field label={t("hours")} htmlFor="o-hours"><Input id="o-hours" name="hours" type="number" step="0.25" min={0.25} required /></Field>
                  <Field label={t("stockLabel")} htmlFor="o-stock"><Input id="o-stock" name="stock" type="number" min={0} defaultValue={10} /></Field>
                </div>
              </ActionForm>
            </CardBody>
          </Card>
        ) : null}
        <Card className="xl:col-span-2">
          <CardHeader title={t("movements")} />
          {movements.length ? (
            <Table>
              <thead>
                <tr><Th>{t("time")}</Th><Th>{t("who")}</Th><Th>{t("source")}</Th><Th className="text-right">{t("hours")}</Th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {movements.map((m) => (
                  <tr key={m.id}>
                    <Td className="whitespace-nowrap text-xs">{format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" })}</Td>
                    <Td><Link href={`/points/accounts/${m.account.id}`} className="hover:text-brand-700">{m.account.person?.name}</Link> <span className="text-xs text-slate-500">{m.account.person?.node.name}</span></Td>
                    <Td className="text-slate-600">{t(`sources.${m.sourceType}`)}{m.memo ? ` · ${m.memo}` : ""}</Td>
                    <Td className={`text-right tabular-nums ${m.amount > 0 ? "text-green-700" : "text-red-600"}`}>{m.amount > 0 ? "+" : ""}{minutesToHours(m.amount)}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t("noMovements")} />
          )}
        </Card>
      </div>
    </>
  );
}
