"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { createCampaignAction } from "@/app/actions/campaigns";
import { NodePicker } from "@/components/org/node-picker";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Template = { key: string; name: string; description: string | null; source: string | null; builtIn: boolean; sections: string[]; tasks: number; letter: boolean; pledge: boolean; activities: number };

export function CreateCampaignForm({ templates, owners, defaults }: { templates: Template[]; owners: { id: string; name: string; depth: number }[]; defaults: { startsOn: string; endsOn: string } }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [template, setTemplate] = useState(templates[0]?.key ?? "blank");
  const [scope, setScope] = useState<"SUBTREE" | "UNITS">("SUBTREE");
  const [units, setUnits] = useState<{ id: string; name: string }[]>([]);
  const form = useActionForm<{ id: string }>(createCampaignAction, (d) => router.push(`/campaigns/${d.id}`));
  const fe = form.fieldErrors;
  const options = [...templates, { key: "blank", name: t("create.blank"), description: t("create.blankHint"), source: null, builtIn: true, sections: [], tasks: 0, letter: false, pledge: false, activities: 0 }];
  return (
    <form onSubmit={form.onSubmit} className="space-y-6" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-700">{t("create.template")}</legend>
        <input type="hidden" name="template" value={template} />
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {options.map((o) => (
            <label
              key={o.key}
              className={cn("cursor-pointer rounded-lg p-4 ring-1 transition", template === o.key ? "bg-brand-50 ring-2 ring-brand-600" : "ring-slate-200 hover:bg-slate-50")}
              data-testid={`template-${o.key}`}
            >
              <input type="radio" className="sr-only" name="templateChoice" checked={template === o.key} onChange={() => setTemplate(o.key)} />
              <span className="block text-sm font-semibold text-slate-900">{o.name}</span>
              {o.source ? <span className="mt-0.5 block text-xs text-slate-500">{o.source}</span> : null}
              {o.description ? <span className="mt-2 block text-xs leading-5 text-slate-600">{o.description}</span> : null}
              {o.key !== "blank" ? (
                <span className="mt-2 block text-xs text-slate-500">
                  {t("create.contains", { sections: o.sections.length, tasks: o.tasks, activities: o.activities })}
                  {o.letter ? ` · ${t("create.hasLetter")}` : ""}
                  {o.pledge ? ` · ${t("create.hasPledge")}` : ""}
                </span>
              ) : null}
              {!o.builtIn ? <span className="mt-2 inline-block rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{t("create.saved")}</span> : null}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 md:grid-cols-2">
        <Field label={t("fields.title")} htmlFor="title" errors={fe.title} required className="md:col-span-2">
          <Input id="title" name="title" maxLength={200} required placeholder={t("create.titlePlaceholder")} />
        </Field>
        <Field label={t("fields.owner")} htmlFor="nodeId" errors={fe.nodeId} required hint={t("create.ownerHint")}>
          <Select id="nodeId" name="nodeId" defaultValue={owners[0]?.id}>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {"　".repeat(o.depth)}
                {o.name}
              </option>
            ))}
          </Select>
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label={t("fields.startsOn")} htmlFor="startsOn" errors={fe.startsOn} required>
            <Input id="startsOn" name="startsOn" type="date" defaultValue={defaults.startsOn} required />
          </Field>
          <Field label={t("fields.endsOn")} htmlFor="endsOn" errors={fe.endsOn} required>
            <Input id="endsOn" name="endsOn" type="date" defaultValue={defaults.endsOn} required />
          </Field>
        </div>
        <Field label={t("fields.description")} htmlFor="description" errors={fe.description} className="md:col-span-2">
          <Textarea id="description" name="description" maxLength={2000} />
        </Field>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-slate-700">{t("fields.scope")}</legend>
        <input type="hidden" name="scopeKind" value={scope} />
        <div className="flex flex-wrap gap-4 text-sm">
          {(["SUBTREE", "UNITS"] as const).map((s) => (
            <label key={s} className="inline-flex items-center gap-2">
              <input type="radio" name="scopeChoice" checked={scope === s} onChange={() => setScope(s)} className="h-4 w-4 text-brand-600" />
              {t(`scope.${s}`)}
            </label>
          ))}
        </div>
        {scope === "UNITS" ? (
          <div className="grid gap-3 md:grid-cols-2">
            <NodePicker onPick={(n) => setUnits((u) => (u.some((x) => x.id === n.id) ? u : [...u, n]))} />
            <div>
              <p className="mb-1 text-xs text-slate-500">{t("create.chosenUnits", { count: units.length })}</p>
              <ul className="space-y-1">
                {units.map((u) => (
                  <li key={u.id} className="flex items-center justify-between rounded-md bg-slate-50 px-2 py-1 text-sm">
                    <input type="hidden" name="unitIds[]" value={u.id} />
                    {u.name}
                    <button type="button" onClick={() => setUnits((x) => x.filter((y) => y.id !== u.id))} aria-label={t("create.removeUnit")} className="text-slate-400 hover:text-slate-700">
                      <X className="h-4 w-4" />
                    </button>
                  </li>
                ))}
              </ul>
              {fe.unitIds ? <p className="mt-1 text-xs text-red-600" role="alert">{fe.unitIds.join("；")}</p> : null}
            </div>
          </div>
        ) : (
          <p className="text-xs text-slate-500">{t("create.subtreeHint")}</p>
        )}
      </fieldset>
      <div className="flex justify-end">
        <SubmitButton pending={form.pending}>{t("create.submit")}</SubmitButton>
      </div>
    </form>
  );
}
