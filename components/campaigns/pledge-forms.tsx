"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { recordPaperAction, savePledgeAction, searchUnsignedAction } from "@/app/actions/campaigns";
import { Alert } from "@/components/ui/alert";
import { Checkbox, Field, Input, Textarea } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

export function PledgeTextForm({ campaignId, title, text }: { campaignId: string; title: string; text: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const form = useActionForm(savePledgeAction, () => router.refresh());
  return (
    <form onSubmit={form.onSubmit} className="space-y-3" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="campaignId" value={campaignId} />
      <Field label={t("pledge.titleLabel")} htmlFor="pl-title" errors={form.fieldErrors.title} required>
        <Input id="pl-title" name="title" defaultValue={title} maxLength={200} />
      </Field>
      <Field label={t("pledge.textLabel")} htmlFor="pl-text" errors={form.fieldErrors.text} required>
        <Textarea id="pl-text" name="text" defaultValue={text} rows={8} maxLength={5000} />
      </Field>
      <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("save")}</SubmitButton></div>
    </form>
  );
}

type Person = { id: string; name: string; phone: string | null; unit: string };

/** Staff tick the people whose paper pledge they hold; the signatures are recorded as acting for them. */
export function PaperSignatures({ campaignId }: { campaignId: string }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [q, setQ] = useState("");
  const [people, setPeople] = useState<Person[]>([]);
  const [picked, setPicked] = useState<Map<string, Person>>(new Map());
  const [reload, setReload] = useState(0);
  const [result, setResult] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(async () => {
      const res = await searchUnsignedAction({ campaignId, q });
      if (res.ok) setPeople(res.data);
    }, 200);
    return () => clearTimeout(timer);
  }, [campaignId, q, reload]);
  const form = useActionForm<{ recorded: number; skipped: number }>(recordPaperAction, (d) => {
    setResult(t("pledge.paperDone", { n: d.recorded }));
    setPicked(new Map());
    setReload((r) => r + 1);
    router.refresh();
  });
  const toggle = (p: Person) =>
    setPicked((m) => {
      const n = new Map(m);
      if (n.has(p.id)) n.delete(p.id);
      else n.set(p.id, p);
      return n;
    });
  return (
    <form onSubmit={form.onSubmit} className="grid gap-4 lg:grid-cols-2" noValidate>
      <div className="space-y-2">
        <input type="hidden" name="campaignId" value={campaignId} />
        {[...picked.keys()].map((id) => (
          <input key={id} type="hidden" name="personIds[]" value={id} />
        ))}
        <Input value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("pledge.searchUnsigned")} aria-label={t("pledge.searchUnsigned")} data-testid="paper-search" />
        <ul className="max-h-64 divide-y divide-slate-100 overflow-y-auto rounded-md ring-1 ring-slate-200" data-testid="paper-people">
          {people.length === 0 ? <li className="px-3 py-2 text-sm text-slate-500">{t("pledge.allSigned")}</li> : null}
          {people.map((p) => (
            <li key={p.id} className="flex items-center justify-between px-3 py-1.5">
              <Checkbox label={p.name} checked={picked.has(p.id)} onChange={() => toggle(p)} />
              <span className="text-xs text-slate-400">{p.unit}{p.phone ? ` · ${p.phone}` : ""}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="space-y-3">
        {form.error ? <Alert tone="error">{form.error}</Alert> : null}
        {result ? <Alert tone="success">{result}</Alert> : null}
        <p className="text-sm text-slate-600">{t("pledge.paperPicked", { n: picked.size })}</p>
        <p className="text-sm text-slate-700">{[...picked.values()].map((p) => p.name).join("、")}</p>
        <p className="text-xs text-slate-500">{t("pledge.paperAudit")}</p>
        <SubmitButton pending={form.pending}>{t("pledge.recordPaper")}</SubmitButton>
      </div>
    </form>
  );
}
