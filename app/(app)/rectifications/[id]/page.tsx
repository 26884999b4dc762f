import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getRectification } from "@/lib/inspections/rectifications";
import { scopeOf } from "@/lib/access/actor";
import { now } from "@/lib/time/clock";
import { PhotoStrip } from "@/components/campaigns/photo-upload";
import { RectifyForm } from "@/components/inspections/rectify-form";
import { StateBadge } from "@/components/inspections/state-badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inspections.rect"))("title") };
}

const when = (d: Date, locale: string) => new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hour12: false }).format(d);

export default async function RectificationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const t = await getTranslations("inspections");
  const locale = await getLocale();
  const at = await now();
  const r = await orNotFound(getRectification({ actor, rectificationId: id, now: at }));
  const mayRectify = r.status === "OPEN" && can(actor, "rectify.update") && scopeOf(actor, "rectify.update").paths.some((p) => r.node.path.startsWith(p));
  return (
    <>
      <PageHeader title={r.description} description={<span className="inline-flex items-center gap-2">{r.node.name} · {t("table.deadline")} {when(r.deadline, locale)} <StateBadge state={r.state} /></span>} />
      <div className="grid gap-5 lg:grid-cols-2">
        <Card>
          <CardBody className="space-y-2 text-sm">
            <p>{t("rect.from")}：<Link href={`/inspections/${r.inspection.id}`} className="text-brand-700 hover:underline">{t(`kind.${r.inspection.kind}`)} · {r.inspection.node.name} · {when(r.inspection.occurredAt, locale)}</Link></p>
            {r.doneAt ? <p>{t("rect.doneAt")}：{when(r.doneAt, locale)}{r.doneNote ? ` · ${r.doneNote}` : ""}</p> : null}
            {r.donePhotoIds.length ? <PhotoStrip ids={r.donePhotoIds} alt={r.description} /> : null}
            {r.verifiedAt ? <p>{t("rect.verifiedAt")}：{when(r.verifiedAt, locale)}</p> : null}
          </CardBody>
        </Card>
        {mayRectify ? (
          <Card>
            <CardHeader title={t("rect.done")} />
            <CardBody><RectifyForm rectificationId={r.id} nodeId={r.node.id} /></CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}
