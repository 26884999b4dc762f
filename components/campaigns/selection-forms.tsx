"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "lucide-react";
import { createSelectionAction, nominateAction, searchNomineesAction } from "@/app/actions/campaigns";
import { SELECTION_KINDS } from "@/lib/campaigns/templates";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Dialog } from "@/components/ui/dialog";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/ui/use-action-form";

type Kind = (typeof SELECTION_KINDS)[number];

function addDays(days: number) {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

export function NewSelectionButton({ campaignId, suggestions }: { campaignId: string; suggestions: { kind: Kind; title: string }[] }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pick, setPick] = useState(suggestions[0] ?? { kind: "MODEL_WORKER" as Kind, title: "" });
  const [key, setKey] = useState(0);
  const form = useActionForm(createSelectionAction, () => (setOpen(false), router.refresh()));
  const fe = form.fieldErrors;
  return (
    <>
      <Button variant="primary" onClick={() => setOpen(true)} data-testid="new-selection">
        <Plus className="h-4 w-4" aria-hidden />
        {t("selections.new")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("selections.new")} wide>
        <form key={key} onSubmit={form.onSubmit} className="space-y-4" noValidate>
          {form.error ? <Alert tone="error">{form.error}</Alert> : null}
          <input type="hidden" name="campaignId" value={campaignId} />
          {suggestions.length ? (
            <div className="flex flex-wrap gap-2 text-xs">
              {suggestions.map((s) => (
                <button key={s.title} type="button" className="rounded-full bg-slate-100 px-2.5 py-1 text-slate-700 hover:bg-slate-200" onClick={() => (setPick(s), setKey((k) => k + 1))}>
                  {s.title}
                </button>
              ))}
            </div>
          ) : null}
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("selections.kind")} htmlFor="sel-kind" errors={fe.kind}>
              <Select id="sel-kind" name="kind" defaultValue={pick.kind}>
                {SELECTION_KINDS.map((k) => (
                  <option key={k} value={k}>{t(`selections.kinds.${k}`)}</option>
                ))}
              </Select>
            </Field>
            <Field label={t("selections.votesPerMember")} htmlFor="sel-votes" errors={fe.votesPerMember} hint={t("selections.votesPerMemberHint")}>
              <Input id="sel-votes" name="votesPerMember" type="number" min={1} max={20} defaultValue={1} />
            </Field>
          </div>
          <Field label={t("selections.selection")} htmlFor="sel-title" errors={fe.title} required>
            <Input id="sel-title" name="title" defaultValue={pick.title} maxLength={200} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-3">
            <Field label={t("selections.nominationEnds")} htmlFor="sel-nom" errors={fe.nominationEnds}>
              <Input id="sel-nom" name="nominationEnds" type="date" defaultValue={addDays(14)} />
            </Field>
            <Field label={t("selections.votingStarts")} htmlFor="sel-vs" errors={fe.votingStarts}>
              <Input id="sel-vs" name="votingStarts" type="date" defaultValue={addDays(15)} />
            </Field>
            <Field label={t("selections.votingEnds")} htmlFor="sel-ve" errors={fe.votingEnds}>
              <Input id="sel-ve" name="votingEnds" type="date" defaultValue={addDays(30)} />
            </Field>
          </div>
          <Field label={t("fields.description")} htmlFor="sel-desc" errors={fe.description}>
            <Textarea id="sel-desc" name="description" maxLength={2000} />
          </Field>
          <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("selections.create")}</SubmitButton></div>
        </form>
      </Dialog>
    </>
  );
}

type Hit = { id: string; label: string; sub?: string | null };
type NomineeType = "person" | "household" | "node";

export function NominateForm({ selectionId, kind, units }: { selectionId: string; kind: Kind; units: { id: string; name: string; depth: number }[] }) {
  const t = useTranslations("campaigns");
  const router = useRouter();
  const initial: NomineeType = kind === "MODEL_HOUSEHOLD" ? "household" : kind === "MODEL_COMPOUND" ? "node" : "person";
  const [type, setType] = useState<NomineeType>(initial);
  const [nodeId, setNodeId] = useState(units[0]?.id ?? "");
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<Hit[]>([]);
  const [picked, setPicked] = useState<Hit | null>(null);
  const [key, setKey] = useState(0);
  const form = useActionForm(nominateAction, () => (setPicked(null), setKey((k) => k + 1), router.refresh()));
  useEffect(() => {
    if (!nodeId) return;
    const timer = setTimeout(async () => {
      const res = await searchNomineesAction({ type, nodeId, q });
      setHits(res.ok ? res.data : []);
    }, 200);
    return () => clearTimeout(timer);
  }, [type, nodeId, q]);
  const field = type === "person" ? "nomineePersonId" : type === "household" ? "nomineeHouseholdId" : "nomineeNodeId";
  const top = Math.min(...units.map((u) => u.depth));
  return (
    <form key={key} onSubmit={form.onSubmit} className="space-y-3" noValidate>
      {form.error ? <Alert tone="error">{form.error}</Alert> : null}
      <input type="hidden" name="selectionId" value={selectionId} />
      {picked ? <input type="hidden" name={field} value={picked.id} /> : null}
      <Field label={t("selections.byUnit")} htmlFor="nom-unit" errors={form.fieldErrors.nodeId}>
        <Select id="nom-unit" name="nodeId" value={nodeId} onChange={(e) => (setNodeId(e.currentTarget.value), setPicked(null))}>
          {units.map((u) => (
            <option key={u.id} value={u.id}>{"　".repeat(u.depth - top)}{u.name}</option>
          ))}
        </Select>
      </Field>
      <div className="flex gap-3 text-sm">
        {(["person", "household", "node"] as const).map((x) => (
          <label key={x} className="inline-flex items-center gap-1.5">
            <input type="radio" checked={type === x} onChange={() => (setType(x), setPicked(null))} className="h-4 w-4 text-brand-600" />
            {t(`selections.nomineeTypes.${x}`)}
          </label>
        ))}
      </div>
      <Input value={q} onChange={(e) => setQ(e.target.value)} placeholder={t("selections.searchNominee")} aria-label={t("selections.searchNominee")} />
      <ul className="max-h-48 divide-y divide-slate-100 overflow-y-auto rounded-md ring-1 ring-slate-200" role="listbox">
        {hits.length === 0 ? <li className="px-3 py-2 text-sm text-slate-500">{t("selections.noMatch")}</li> : null}
        {hits.map((h) => (
          <li key={h.id} role="option" aria-selected={picked?.id === h.id}>
            <button type="button" onClick={() => setPicked(h)} className={cn("flex w-full justify-between px-3 py-1.5 text-left text-sm hover:bg-slate-50", picked?.id === h.id && "bg-brand-50")}>
              <span>{h.label}</span>
              <span className="text-xs text-slate-400">{h.sub}</span>
            </button>
          </li>
        ))}
      </ul>
      {form.fieldErrors.nominee ? <p className="text-xs text-red-600" role="alert">{form.fieldErrors.nominee.join("；")}</p> : null}
      <Field label={t("selections.reason")} htmlFor="nom-reason" errors={form.fieldErrors.reason} required>
        <Textarea id="nom-reason" name="reason" maxLength={3000} placeholder={t("selections.reasonPlaceholder")} />
      </Field>
      <div className="flex justify-end"><SubmitButton pending={form.pending}>{t("selections.submitNomination")}</SubmitButton></div>
    </form>
  );
}
