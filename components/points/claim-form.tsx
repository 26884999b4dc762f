"use client";
import { useTranslations } from "next-intl";
import { awardPointsAction, submitClaimAction } from "@/app/actions/points";
import { ActionForm } from "@/components/duty/action-form";
import { PhotoInput } from "@/components/duty/photo-input";
import { Field, Input, Select, Textarea } from "@/components/ui/field";

type Rule = { id: string; name: string; points: number; categoryName: string };

/** A member's claim (positive rules), or a supervisor's award on a card or member (deductions too). */
export function ClaimForm({ rules, today, award }: { rules: Rule[]; today: string; award?: { cardToken?: string; personId?: string } }) {
  const t = useTranslations("points.claimForm");
  return (
    <ActionForm
      action={award ? awardPointsAction : submitClaimAction}
      submitLabel={award ? t("award") : t("submit")}
      successText={award ? t("awarded") : t("submitted")}
      fieldLabels={{ ruleId: t("rule"), occurredOn: t("date"), cardToken: t("card") }}
      testId={award ? "award-form" : "claim-form"}
      submitClassName="w-full h-12 text-base"
    >
      {award?.cardToken ? <input type="hidden" name="cardToken" value={award.cardToken} /> : null}
      {award?.personId ? <input type="hidden" name="personId" value={award.personId} /> : null}
      <Field label={t("rule")} htmlFor="c-rule">
        <Select id="c-rule" name="ruleId" className="h-12 text-base" data-testid="claim-rule">
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {r.categoryName} · {r.name}（{r.points > 0 ? `+${r.points}` : r.points}）
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("date")} htmlFor="c-date"><Input id="c-date" name="occurredOn" type="date" defaultValue={today} max={today} required /></Field>
      <Field label={t("note")} htmlFor="c-note"><Textarea id="c-note" name="note" maxLength={300} placeholder={t("notePlaceholder")} /></Field>
      <PhotoInput name="photoIds" label={t("photos")} />
    </ActionForm>
  );
}
