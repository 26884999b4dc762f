"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createHouseholdAction, updateHouseholdAction } from "@/app/actions/households";
import { Alert } from "@/components/ui/alert";
import { Field, Input, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type H = { id: string; building: string | null; unit: string | null; room: string | null; headName: string; phone: string | null; note: string | null };

export function HouseholdForm({ nodeId, household }: { nodeId?: string; household?: H }) {
  const t = useTranslations("households");
  const c = useTranslations("common");
  const router = useRouter();
  const form = useActionForm<{ id: string }>(
    (fd) => (household ? updateHouseholdAction(fd) : createHouseholdAction(fd)),
    (d) => (router.push(`/households/${d.id}`), router.refresh()),
  );
  const fe = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      {household ? <input type="hidden" name="householdId" value={household.id} /> : <input type="hidden" name="nodeId" value={nodeId} />}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("building")} htmlFor="building" errors={fe.building}>
          <Input id="building" name="building" defaultValue={household?.building ?? ""} maxLength={30} />
        </Field>
        <Field label={t("unitNo")} htmlFor="unit" errors={fe.unit}>
          <Input id="unit" name="unit" defaultValue={household?.unit ?? ""} maxLength={30} />
        </Field>
        <Field label={t("room")} htmlFor="room" errors={fe.room}>
          <Input id="room" name="room" defaultValue={household?.room ?? ""} maxLength={30} />
        </Field>
        <Field label={t("headName")} htmlFor="headName" errors={fe.headName} required>
          <Input id="headName" name="headName" defaultValue={household?.headName} maxLength={50} required />
        </Field>
        <Field label={t("phone")} htmlFor="hphone" errors={fe.phone} hint={household?.phone ? t("phoneHint") : undefined}>
          <Input id="hphone" name="phone" inputMode="tel" defaultValue="" placeholder={household?.phone ?? ""} maxLength={20} />
        </Field>
      </div>
      <Field label={c("remark")} htmlFor="hnote" errors={fe.note}>
        <Textarea id="hnote" name="note" defaultValue={household?.note ?? ""} maxLength={500} />
      </Field>
      <div className="flex justify-end"><SubmitButton>{c("save")}</SubmitButton></div>
    </form>
  );
}
