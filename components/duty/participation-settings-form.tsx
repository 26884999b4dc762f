"use client";
import { useTranslations } from "next-intl";
import type { TenantSettings } from "@/lib/tenants/settings";
import { updateParticipationSettingsAction } from "@/app/actions/duty";
import { ActionForm } from "./action-form";
import { Checkbox, Field, Input } from "@/components/ui/field";

/** The tenant's participation policies: duty norm and default slots, points review, visits, cards, red list rule. */
export function ParticipationSettingsForm({ settings }: { settings: TenantSettings }) {
  const t = useTranslations("duty.settings");
  return (
    <ActionForm
      action={updateParticipationSettingsAction}
      submitLabel={t("save")}
      successText={t("saved")}
      resetOnSuccess={false}
      className="space-y-5"
      fieldLabels={{ dutyNormHours: t("norm"), dutySlots: t("slots"), visitMinutes: t("visitMinutes"), cardPrefix: t("cardPrefix") }}
    >
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("duty")}</legend>
        <Field label={t("norm")} htmlFor="ps-norm"><Input id="ps-norm" name="dutyNormHours" type="number" step="0.5" min={0} max={24} defaultValue={settings.dutyNormMinutes / 60} /></Field>
        <Field label={t("slots")} htmlFor="ps-slots" hint={t("slotsHint")}><Input id="ps-slots" name="dutySlots" defaultValue={settings.dutySlots.map((s) => `${s.start}-${s.end}`).join(", ")} /></Field>
        <Field label={t("visitMinutes")} htmlFor="ps-visit"><Input id="ps-visit" name="visitMinutes" type="number" min={0} max={240} defaultValue={settings.visitMinutes} /></Field>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("review")}</legend>
        <Checkbox name="verify" value="true" defaultChecked={settings.pointsReviewSteps.includes("VERIFY")} label={t("verify")} />
        <br />
        <Checkbox name="confirm" value="true" defaultChecked={settings.pointsReviewSteps.includes("CONFIRM")} label={t("confirm")} />
        <p className="text-xs text-slate-500">{t("reviewHint")}</p>
        <Field label={t("cardPrefix")} htmlFor="ps-prefix" className="max-w-48"><Input id="ps-prefix" name="cardPrefix" maxLength={4} defaultValue={settings.cardPrefix} /></Field>
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t("redList")}</legend>
        <Field label={t("topN")} htmlFor="ps-top"><Input id="ps-top" name="topN" type="number" min={0} max={20} defaultValue={settings.redListRule.topN} /></Field>
        <Field label={t("bottomN")} htmlFor="ps-bottom"><Input id="ps-bottom" name="bottomN" type="number" min={0} max={20} defaultValue={settings.redListRule.bottomN} /></Field>
        <Field label={t("minObserved")} htmlFor="ps-min"><Input id="ps-min" name="minObserved" type="number" min={0} defaultValue={settings.redListRule.minObserved} /></Field>
      </fieldset>
    </ActionForm>
  );
}
