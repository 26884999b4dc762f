import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listFilterNodes } from "@/lib/duty/filter-nodes";
import { listStations } from "@/lib/points/stations";
import { createStationAction } from "@/app/actions/points";
import { ActionForm } from "@/components/duty/action-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Checkbox, Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("stations") };
}

export default async function StationsPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("stations");
  const stations = await listStations({ actor });
  const nodes = can(actor, "points.manage") ? await listFilterNodes({ actor, permission: "points.manage", kinds: ["community", "village", "compound", "street"] }) : [];
  const weekdays = t("weekdays").split(",");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-5 xl:grid-cols-[1fr_22rem]">
        <div className="space-y-3">
          {stations.length ? (
            stations.map((s) => (
              <Card key={s.id}>
                <CardHeader
                  title={<Link href={`/stations/${s.id}`} className="hover:text-brand-700" data-testid={`station-${s.id}`}>{s.name}</Link>}
                  description={[s.node.name, s.address, s.openDays.length ? t("openOn", { days: s.openDays.map((d) => weekdays[d - 1]).join("、") }) : null].filter(Boolean).join(" · ")}
                />
                <CardBody className="text-sm text-slate-600">{s.goods.map((g) => `${g.name}（${g.price}${t("pointsShort")}，${t("stockShort", { n: g.stock })}）`).join("、") || t("noGoods")}</CardBody>
              </Card>
            ))
          ) : (
            <Card><EmptyState title={t("empty")} /></Card>
          )}
        </div>
        {nodes.length ? (
          <Card className="self-start">
            <CardHeader title={t("new")} />
            <CardBody>
              <ActionForm action={createStationAction} submitLabel={t("create")} fieldLabels={{ name: t("name"), nodeId: t("node") }}>
                <Field label={t("node")} htmlFor="s-node"><Select id="s-node" name="nodeId">{nodes.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}</Select></Field>
                <Field label={t("name")} htmlFor="s-name"><Input id="s-name" name="name" required maxLength={60} /></Field>
                <Field label={t("address")} htmlFor="s-addr"><Input id="s-addr" name="address" maxLength={200} /></Field>
                <fieldset className="flex flex-wrap gap-2">
                  <legend className="mb-1 text-sm font-medium text-slate-700">{t("openDays")}</legend>
                  {weekdays.map((w, i) => <Checkbox key={w} name="openDays[]" value={String(i + 1)} label={w} />)}
                </fieldset>
                <Field label={t("openingNote")} htmlFor="s-note"><Input id="s-note" name="openingNote" maxLength={200} /></Field>
              </ActionForm>
            </CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}
