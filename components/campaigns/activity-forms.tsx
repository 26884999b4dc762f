"use client";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { Pencil, Plus } from "lucide-react";
import { addHouseholdsAction, addWalkInAction, createActivityAction, recordResultsAction, registerParticipantsAction, searchHouseholdsAction, searchRegistrableAction, updateActivityAction } from "@/app/actions/campaigns";
import { ACTIVITY_KINDS } from "@/lib/campaigns/templates";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox, Field, Input, Select, Textarea } from "@/components/ui/field";
import { Dialog } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";
import { FileUpload } from "./photo-upload";
import { SearchPick } from "./search-pick";

type Suggestion = { kind: (typeof ACTIVITY_KINDS)[number]; title: string; description?: string | null };

export function NewActivityButton({ campaignId, hosts, suggestions }: { campaignId: string; hosts: { id: string; name: string; depth: number }[]; suggestions: Suggestion[] }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Suggestion>({ kind: suggestions[0]?.kind ?? "LAUNCH", title: "", description: "" });
  const [key, setKey] = useState(0);
  const form = useActionForm<{ id: string }>(createActivityAction, (d) => (setOpen(false), router.push(`/campaigns/${campaignId}/activities/${d.id}`)));
  const fe = form.fieldErrors;
  const top = Math.min(...hosts.map((h) => h.depth));
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)} data-testid="new-activity">
        <Plus className="h-4 w-4" aria-hidden />
        {t("activities.new")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("activities.new")} wide>
        <form key={key} onSubmit={form.onSubmit} className="space-y-4" noValidate>
          {form.error ? <Alert tone="error">{form.error}</Alert> : null}
          <input type="hidden" name="campaignId" value={campaignId} />
          {suggestions.length ? (
            <Field label={t("activities.fromFramework")} htmlFor="act-suggest">
              <Select
                id="act-suggest"
                defaultValue=""
                onChange={(e) => {
                  const s = suggestions[Number(e.currentTarget.value)];
                  if (s) {
                    setValues({ kind: s.kind, title: s.title, description: s.description ?? "" });
                    setKey((k) => k + 1);
                  }
                }}
              >
                <option value="">{t("activities.pickSuggestion")}</option>
                {suggestions.map((s, i) => (
                  <option key={i} value={i}>{s.title}</option>
                ))}
              </Select>
            </Field>
          ) : null}
          <div className="grid gap-3 sm:grid-cols-2">
            <KindField value={values.kind} errors={fe.kind} />
            <Field label={t("activities.host")} htmlFor="act-node" errors={fe.nodeId} required>
              <Select id="act-node" name="nodeId" defaultValue={hosts[0]?.id}>
                {hosts.map((h) => (
                  <option key={h.id} value={h.id}>{"　".repeat(h.depth - top)}{h.name}</option>
                ))}
              </Select>
            </Field>
          </div>
          <ActivityFields values={values} fe={fe} />
          <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("activities.create")}</SubmitButton></div>
        </form>
      </Dialog>
    </>
  );
}

function KindField({ value, errors }: { value: Suggestion["kind"]; errors?: string[] }) {
  const t = useTranslations("campaigns");
  return (
    <Field label={t("activities.kind")} htmlFor="act-kind" errors={errors} required>
      <Select id="act-kind" name="kind" defaultValue={value}>
        {ACTIVITY_KINDS.map((k) => (
          <option key={k} value={k}>{t(`activities.kinds.${k}`)}</option>
        ))}
      </Select>
    </Field>
  );
}

type Times = { date?: string; startTime?: string; endTime?: string; place?: string | null };

/** Title, date and times, place and description: the same fields when an activity is created and edited. */
function ActivityFields({ values, fe }: { values: Suggestion & Times; fe: Record<string, string[] | undefined> }) {
  const t = useTranslations("campaigns");
  return (
    <>
      <Field label={t("activities.activity")} htmlFor="act-title" errors={fe.title} required>
        <Input id="act-title" name="title" defaultValue={values.title} maxLength={200} />
      </Field>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field label={t("activities.date")} htmlFor="act-date" errors={fe.date} required>
          <Input id="act-date" name="date" type="date" defaultValue={values.date} />
        </Field>
        <Field label={t("activities.start")} htmlFor="act-start" errors={fe.startTime} required>
          <Input id="act-start" name="startTime" type="time" defaultValue={values.startTime ?? "09:00"} />
        </Field>
        <Field label={t("activities.end")} htmlFor="act-end" errors={fe.endTime} required>
          <Input id="act-end" name="endTime" type="time" defaultValue={values.endTime ?? "11:00"} />
        </Field>
      </div>
      <Field label={t("activities.place")} htmlFor="act-place" errors={fe.place}>
        <Input id="act-place" name="place" defaultValue={values.place ?? ""} maxLength={200} />
      </Field>
      <Field label={t("fields.description")} htmlFor="act-desc" errors={fe.description}>
        <Textarea id="act-desc" name="description" defaultValue={values.description ?? ""} maxLength={2000} />
      </Field>
    </>
  );
}

/** Correct an activity's kind, title, time, place or description (the campaign must be running). */
export function EditActivityButton({ activityId, values }: { activityId: string; values: Suggestion & Required<Times> }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const form = useActionForm(updateActivityAction, () => (setOpen(false), router.refresh()));
  const fe = form.fieldErrors;
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="edit-activity">
        <Pencil className="h-4 w-4" aria-hidden />
        {t("activities.edit")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("activities.edit")} wide>
        <form onSubmit={form.onSubmit} className="space-y-4" noValidate>
          {form.error ? <Alert tone="error">{form.error}</Alert> : null}
          <input type="hidden" name="activityId" value={activityId} />
          <KindField value={values.kind} errors={fe.kind} />
          <ActivityFields values={values} fe={fe} />
          <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("save")}</SubmitButton></div>
        </form>
      </Dialog>
    </>
  );
}

export function RegisterForm({ activityId }: { activityId: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [reload, setReload] = useState(0);
  const form = useActionForm(registerParticipantsAction, () => (setReload((r) => r + 1), router.refresh()));
  const search = useCallback(async (q: string) => {
    const res = await searchRegistrableAction({ activityId, q });
    return res.ok ? res.data.map((p) => ({ id: p.id, label: p.name, sub: p.unit })) : [];
  }, [activityId]);
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="activityId" value={activityId} />
      <SearchPick name="personIds" search={search} placeholder={t("activities.searchRoster")} empty={t("activities.nobody")} reload={reload} testId="register-people" />
      <Checkbox name="notify" value="true" defaultChecked label={t("activities.notify")} />
      <div className="flex justify-end"><SubmitButton pending={form.pending} variant="secondary">{t("activities.registerSubmit")}</SubmitButton></div>
    </form>
  );
}

export function WalkInForm({ activityId }: { activityId: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [key, setKey] = useState(0);
  const form = useActionForm(addWalkInAction, () => (setKey((k) => k + 1), router.refresh()));
  return (
    <form key={key} onSubmit={form.onSubmit} className="space-y-3" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="activityId" value={activityId} />
      <Field label={t("activities.name")} htmlFor="wi-name" errors={form.fieldErrors.name} required>
        <Input id="wi-name" name="name" maxLength={50} />
      </Field>
      <Field label={t("activities.phone")} htmlFor="wi-phone" errors={form.fieldErrors.phone} required>
        <Input id="wi-phone" name="phone" inputMode="tel" maxLength={20} />
      </Field>
      <div className="flex justify-end"><SubmitButton pending={form.pending} variant="secondary">{t("activities.walkInSubmit")}</SubmitButton></div>
    </form>
  );
}

export function ResultsForm({ activityId, nodeId, resultText }: { activityId: string; nodeId: string; resultText: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [key, setKey] = useState(0);
  const form = useActionForm(recordResultsAction, () => (setKey((k) => k + 1), router.refresh()));
  return (
    <form key={key} onSubmit={form.onSubmit} className="space-y-3 border-t border-slate-100 pt-3" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="activityId" value={activityId} />
      <Field label={t("activities.resultText")} htmlFor="res-text" errors={form.fieldErrors.resultText} required>
        <Textarea id="res-text" name="resultText" defaultValue={resultText} rows={3} maxLength={5000} />
      </Field>
      <Field label={t("activities.photos")} errors={form.fieldErrors.photoIds}>
        <FileUpload name="photoIds" nodeId={nodeId} testId="results-photo" />
      </Field>
      <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("activities.saveResults")}</SubmitButton></div>
    </form>
  );
}

export function HouseholdsForm({ activityId }: { activityId: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [reload, setReload] = useState(0);
  const form = useActionForm(addHouseholdsAction, () => (setReload((r) => r + 1), router.refresh()));
  const search = useCallback(async (q: string) => {
    const res = await searchHouseholdsAction({ activityId, q });
    return res.ok ? res.data.map((h) => ({ id: h.id, label: `${h.label} ${h.headName}`, sub: h.unit })) : [];
  }, [activityId]);
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="activityId" value={activityId} />
      <SearchPick name="householdIds" search={search} placeholder={t("activities.searchHouseholds")} empty={t("activities.noHouseholds")} reload={reload} />
      <div className="flex justify-end"><SubmitButton pending={form.pending} variant="secondary">{t("activities.addHouseholds")}</SubmitButton></div>
    </form>
  );
}
