"use client";
import { useTranslations } from "next-intl";
import { recordVisitAction } from "@/app/actions/links";
import { ActionForm } from "@/components/duty/action-form";
import { PhotoInput } from "@/components/duty/photo-input";
import { Field, Input, Select, Textarea } from "@/components/ui/field";

/** Log a door-to-door visit: date, what was explained, problems found, photos. */
export function VisitForm({ householdId, today, visitors }: { householdId: string; today: string; visitors?: { id: string; name: string }[] }) {
  const t = useTranslations("links.visit");
  return (
    <ActionForm action={recordVisitAction} submitLabel={t("submit")} successText={t("saved")} fieldLabels={{ visitedOn: t("date"), explained: t("explained"), minutes: t("minutes") }} testId="visit-form" submitClassName="w-full">
      <input type="hidden" name="householdId" value={householdId} />
      <div className="grid grid-cols-2 gap-3">
        <Field label={t("date")} htmlFor="v-date"><Input id="v-date" name="visitedOn" type="date" defaultValue={today} max={today} required /></Field>
        <Field label={t("minutes")} htmlFor="v-min"><Input id="v-min" name="minutes" type="number" inputMode="numeric" min={0} max={720} placeholder="30" /></Field>
      </div>
      {visitors?.length ? (
        <Field label={t("visitor")} htmlFor="v-visitor">
          <Select id="v-visitor" name="visitorId" defaultValue={visitors[0].id}>
            {visitors.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
            <option value="">{t("myself")}</option>
          </Select>
        </Field>
      ) : null}
      <Field label={t("explained")} htmlFor="v-exp"><Textarea id="v-exp" name="explained" required maxLength={1000} placeholder={t("explainedPlaceholder")} /></Field>
      <Field label={t("problems")} htmlFor="v-prob"><Textarea id="v-prob" name="problems" maxLength={1000} /></Field>
      <PhotoInput name="photoIds" label={t("photos")} />
    </ActionForm>
  );
}
