import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { orNotFound } from "@/lib/access/page";
import { CATALOGUE, SECTIONS } from "@/lib/dashboards/catalogue";
import { formatFigure } from "@/lib/dashboards/format";
import { listTargets } from "@/lib/dashboards/targets";
import { TargetsForm } from "@/components/dashboards/targets-form";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboards"))("catalogueTitle") };
}

/** The catalogue: what each figure means, how it is computed, from which records, in which unit, against which target. */
export default async function CataloguePage() {
  const actor = await requirePageActor();
  const t = await getTranslations("dashboards");
  const locale = (await getLocale()) as "zh-CN" | "en";
  const targets = await orNotFound(listTargets({ actor }));
  return (
    <>
      <PageHeader title={t("catalogueTitle")} description={t("catalogueDescription")} />
      <Card className="mb-5">
        <CardBody className="space-y-2 text-sm text-slate-600">
          <p>{t("catalogue.attribution")}</p>
          <p>{t("catalogue.freshness")}</p>
        </CardBody>
      </Card>
      {SECTIONS.map((s) => (
        <section key={s} className="mb-6">
          <h2 className="mb-2 text-base font-semibold text-slate-800">{t(`sections.${s}`)}</h2>
          <div className="grid gap-3 lg:grid-cols-2" data-testid={`catalogue-${s}`}>
            {CATALOGUE.filter((i) => i.section === s).map((i) => (
              <Card key={i.code} className="scroll-mt-20">
                <div id={i.code} className="px-4 pt-3">
                  <div className="flex items-baseline justify-between gap-2">
                    <h3 className="text-base font-semibold text-slate-900">{t(`indicators.${i.code}.name`)}</h3>
                    <code className="text-xs text-slate-500">{i.code}</code>
                  </div>
                  <p className="mt-1 rounded bg-slate-50 px-2 py-1 text-sm text-slate-800">{t(`indicators.${i.code}.formula`)}</p>
                </div>
                <dl className="grid grid-cols-[6rem_1fr] gap-x-3 gap-y-1.5 px-4 py-3 text-sm">
                  <dt className="text-slate-500">{t("catalogue.numerator")}</dt>
                  <dd>{t(`indicators.${i.code}.numerator`)}</dd>
                  <dt className="text-slate-500">{t("catalogue.denominator")}</dt>
                  <dd>{t(`indicators.${i.code}.denominator`)}</dd>
                  <dt className="text-slate-500">{t("catalogue.source")}</dt>
                  <dd>{t(`indicators.${i.code}.source`)}</dd>
                  <dt className="text-slate-500">{t("catalogue.unit")}</dt>
                  <dd>{t(`unitNames.${i.unit}`)} · {t(i.higherIsBetter ? "direction.up" : "direction.down")}</dd>
                  <dt className="text-slate-500">{t("catalogue.time")}</dt>
                  <dd>{t(`timeModes.${i.time}`)}</dd>
                  <dt className="text-slate-500">{t("catalogue.target")}</dt>
                  <dd data-testid={`target-${i.code}`}>
                    {i.kind === "sum" ? t("noTarget") : targets[i.code] !== undefined ? t("catalogue.tenantTarget", { value: formatFigure(i.code, targets[i.code], locale) }) : t("catalogue.defaultTarget", { value: formatFigure(i.code, i.defaultTarget, locale) })}
                  </dd>
                </dl>
              </Card>
            ))}
          </div>
        </section>
      ))}
      {can(actor, "dashboards.configure") ? (
        <Card>
          <CardHeader title={t("catalogue.editTargets")} />
          <CardBody>
            <TargetsForm
              items={CATALOGUE.filter((i) => i.kind !== "sum").map((i) => ({ code: i.code, name: t(`indicators.${i.code}.name`), unit: t(`units.${i.unit}`), defaultTarget: i.defaultTarget, target: targets[i.code] ?? null }))}
            />
          </CardBody>
        </Card>
      ) : null}
    </>
  );
}
