"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createPersonAction, updatePersonAction } from "@/app/actions/people";
import { Alert } from "@/components/ui/alert";
import { Checkbox, Field, Input, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { FLAG_FILTERS } from "@/lib/people/schemas";

type Person = {
  id: string;
  name: string;
  phone: string | null;
  isPartyMember: boolean;
  isUnionMember: boolean;
  isModelWorker: boolean;
  isVolunteer: boolean;
  isCadre: boolean;
  joinedAt: string | null;
  note: string | null;
};

/** New person (nodeId given) or edit (person given). On edit the phone shows masked; a new number replaces it. */
export function PersonForm({ nodeId, nodeName, person }: { nodeId?: string; nodeName?: string; person?: Person }) {
  const t = useTranslations("people");
  const c = useTranslations("common");
  const router = useRouter();
  const form = useActionForm<{ id: string }>(
    (fd) => (person ? updatePersonAction(fd) : createPersonAction(fd)),
    (d) => {
      router.push(`/people/${d.id}`);
      router.refresh();
    },
  );
  const fe = form.fieldErrors;
  return (
    <form onSubmit={form.onSubmit} className="space-y-4" noValidate data-testid="person-form">
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      {person ? <input type="hidden" name="personId" value={person.id} /> : <input type="hidden" name="nodeId" value={nodeId} />}
      {nodeName ? <p className="text-sm text-slate-600">{t("unitFilter", { name: nodeName })}</p> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("name")} htmlFor="name" errors={fe.name} required>
          <Input id="name" name="name" defaultValue={person?.name} maxLength={50} required invalid={!!fe.name} />
        </Field>
        <Field label={t("phone")} htmlFor="phone" errors={fe.phone} hint={person?.phone ? t("phoneKeepHint", { masked: person.phone }) : undefined}>
          <Input id="phone" name="phone" inputMode="tel" maxLength={20} placeholder={person?.phone ?? ""} invalid={!!fe.phone} />
        </Field>
        <Field label={t("joinedAt")} htmlFor="joinedAt" errors={fe.joinedAt}>
          <Input id="joinedAt" name="joinedAt" type="date" defaultValue={person?.joinedAt ?? ""} invalid={!!fe.joinedAt} />
        </Field>
      </div>
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-700">{t("flags")}</legend>
        <div className="flex flex-wrap gap-4">
          {FLAG_FILTERS.map((f) => (
            <Checkbox key={f} name={f} value="true" defaultChecked={person?.[f]} label={t(`flag.${f}`)} />
          ))}
        </div>
      </fieldset>
      <Field label={c("remark")} htmlFor="note" errors={fe.note}>
        <Textarea id="note" name="note" defaultValue={person?.note ?? ""} maxLength={500} />
      </Field>
      <div className="flex justify-end">
        <SubmitButton>{c("save")}</SubmitButton>
      </div>
    </form>
  );
}
