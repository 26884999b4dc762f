import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listFilterNodes } from "@/lib/duty/filter-nodes";
import { monthKeyOf, previousMonth } from "@/lib/duty/time";
import { listLists, listModelHouseholds } from "@/lib/redlist/lists";
import { draftListAction, setModelHouseholdAction } from "@/app/actions/redlist";
import { ActionButton } from "@/components/duty/action-button";
import { ActionForm } from "@/components/duty/action-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("redlist") };
}

/** 红黑榜 and 示范户: monthly lists per compound (draft → review → publish), and the model households. */
export default async function RedListPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("redlist");
  const [lists, models] = await Promise.all([listLists({ actor }), listModelHouseholds({ actor })]);
  const manage = can(actor, "redlist.manage");
  const nodes = manage ? await listFilterNodes({ actor, permission: "redlist.manage", kinds: ["compound", "village", "community", "party_group"] }) : [];
  const month = previousMonth(monthKeyOf(new Date()));
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-5 xl:grid-cols-[1fr_22rem]">
        <Card>
          {lists.length ? (
            <Table>
              <thead>
                <tr><Th>{t("month")}</Th><Th>{t("unit")}</Th><Th>{t("status")}</Th><Th className="text-right">{t("side.RED")}</Th><Th className="text-right">{t("side.BLACK")}</Th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="redlists">
                {lists.map((l) => (
                  <tr key={l.id}>
                    <Td><Link href={`/redlist/${l.id}`} className="font-medium hover:text-brand-700">{l.month}</Link></Td>
                    <Td>{l.node.name}</Td>
                    <Td><Badge tone={l.status === "PUBLISHED" ? "green" : "amber"}>{t(`statusName.${l.status}`)}</Badge></Td>
                    <Td className="text-right tabular-nums">{l.red}</Td>
                    <Td className="text-right tabular-nums">{l.black}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <EmptyState title={t("empty")} />
          )}
        </Card>
        {nodes.length ? (
          <Card className="self-start">
            <CardHeader title={t("draftTitle")} description={t("draftHint")} />
            <CardBody>
              <ActionForm action={draftListAction} submitLabel={t("draft")}>
                <Field label={t("unit")} htmlFor="d-node"><Select id="d-node" name="nodeId">{nodes.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}</Select></Field>
                <Field label={t("month")} htmlFor="d-month"><Input id="d-month" name="month" type="month" defaultValue={month} /></Field>
              </ActionForm>
            </CardBody>
          </Card>
        ) : null}
        <Card className="xl:col-span-2">
          <CardHeader title={t("models", { count: models.length })} />
          {models.length ? (
            <ul className="divide-y divide-slate-100 px-4 text-sm">
              {models.map((m) => (
                <li key={m.id} className="flex items-center justify-between py-2">
                  <span>{[m.household.building, m.household.unit, m.household.room].filter(Boolean).join(" ")} {m.household.headName} <span className="text-xs text-slate-500">{m.household.node.name}{m.note ? ` · ${m.note}` : ""}</span></span>
                  {manage ? <ActionButton action={setModelHouseholdAction} input={{ householdId: m.household.id, on: false }} label={t("unmark")} variant="ghost" /> : null}
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState title={t("noModels")} hint={t("modelsHint")} />
          )}
        </Card>
      </div>
    </>
  );
}
