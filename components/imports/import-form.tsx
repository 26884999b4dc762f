"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Download, FileSpreadsheet, Loader2, Upload } from "lucide-react";
import type { ImportJobJson } from "@/lib/imports/present-job";
import { Alert } from "@/components/ui/alert";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { Card, CardBody } from "@/components/ui/card";
import { Field, Select } from "@/components/ui/field";
import { ImportErrors } from "./import-errors";
import { ImportProgress, type ProgressPhase } from "./import-progress";

export type ImportTarget = { id: string; name: string; code: string | null; kindName: string; level: number };
type Kind = "ORG_TREE" | "ROSTER" | "HOUSEHOLD_LINKS";

const MAX_BYTES = 10 * 1024 * 1024;
const POLL_MS = 500;
const SLUG: Record<Kind, string> = { ORG_TREE: "org", ROSTER: "roster", HOUSEHOLD_LINKS: "links" };
/** Message keys and the page to look at afterwards, per kind. */
const KIND_TEXT: Record<Kind, { label: string; hint: string; done: string; view: string; href: string }> = {
  ORG_TREE: { label: "kindOrg", hint: "kindOrgHint", done: "doneOrg", view: "viewOrg", href: "/org" },
  ROSTER: { label: "kindRoster", hint: "kindRosterHint", done: "doneRoster", view: "viewPeople", href: "/people" },
  HOUSEHOLD_LINKS: { label: "kindLinks", hint: "kindLinksHint", done: "doneLinks", view: "viewLinks", href: "/links" },
};

type Stage =
  | { name: "idle" }
  | { name: "uploading"; fraction: number }
  | { name: "processing"; job: ImportJobJson | null }
  | { name: "finished"; job: ImportJobJson }
  | { name: "failed"; message: string };

/** A job id the server accepts (lower-case letters and digits), so the page can poll before the upload returns. */
function clientJobId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `imp${Array.from(bytes, (b) => (b % 36).toString(36)).join("")}`;
}

function progressOf(stage: Stage): { percent: number; phase: ProgressPhase; processed: number; total: number } | null {
  switch (stage.name) {
    case "uploading":
      return { percent: Math.round(stage.fraction * 10), phase: "upload", processed: Math.round(stage.fraction * 100), total: 100 };
    case "processing": {
      const job = stage.job;
      if (!job) return { percent: 10, phase: "reading", processed: 0, total: 0 };
      const share = job.total ? job.processed / job.total : 0;
      if (job.phase === "validating") return { percent: Math.round(20 + 30 * share), phase: "validating", processed: job.processed, total: job.total };
      if (job.phase === "writing") return { percent: Math.round(50 + 50 * share), phase: "writing", processed: job.processed, total: job.total };
      return { percent: 15, phase: "reading", processed: job.processed, total: 0 };
    }
    case "finished":
      // A rejected file stops after checking; its alert and error table say what happened.
      return stage.job.status === "DONE" ? { percent: 100, phase: "done", processed: stage.job.total, total: stage.job.total } : null;
    default:
      return null;
  }
}

export function ImportForm({ targets, defaultNodeId, kinds, defaultKind }: { targets: ImportTarget[]; defaultNodeId: string; kinds: Kind[]; defaultKind: Kind }) {
  const t = useTranslations("imports");
  const router = useRouter();
  const [kind, setKind] = useState<Kind>(defaultKind);
  const [nodeId, setNodeId] = useState(defaultNodeId);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ name: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setInterval> | null>(null);
  const settled = useRef(false);

  const stopPolling = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = null;
  };
  useEffect(() => {
    // A file chosen before hydration (slow connection, or a test's setInputFiles) fired no React change event.
    const early = fileInput.current?.files?.[0];
    if (early) setFile(early);
    return stopPolling;
  }, []);

  function startPolling(jobId: string) {
    setStage((s) => (s.name === "uploading" ? { name: "processing", job: null } : s));
    timer.current = setInterval(async () => {
      const res = await fetch(`/api/imports/${jobId}`, { cache: "no-store" }).catch(() => null);
      // 404 until the server has read the upload and created the job.
      if (!res?.ok || settled.current) return;
      const { job } = (await res.json()) as { job: ImportJobJson };
      if (!settled.current) setStage({ name: "processing", job });
    }, POLL_MS);
  }

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return setStage({ name: "failed", message: t("chooseFile") });
    if (file.size > MAX_BYTES) return setStage({ name: "failed", message: t("errors.fileTooLarge", { max: "10 MB" }) });
    const jobId = clientJobId();
    const form = new FormData();
    form.set("kind", kind);
    form.set("nodeId", nodeId);
    form.set("jobId", jobId);
    form.set("file", file);
    settled.current = false;
    setStage({ name: "uploading", fraction: 0 });

    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/imports");
    xhr.responseType = "json";
    xhr.upload.onprogress = (ev) => {
      if (ev.lengthComputable) setStage({ name: "uploading", fraction: ev.loaded / ev.total });
    };
    xhr.upload.onload = () => startPolling(jobId);
    xhr.onload = () => {
      settled.current = true;
      stopPolling();
      clearFile();
      const body = xhr.response as { job?: ImportJobJson; error?: { message?: string } } | null;
      if (xhr.status === 200 && body?.job) setStage({ name: "finished", job: body.job });
      else setStage({ name: "failed", message: body?.error?.message ?? t("networkError") });
      router.refresh(); // the list of recent imports
    };
    xhr.onerror = () => {
      settled.current = true;
      stopPolling();
      setStage({ name: "failed", message: t("networkError") });
    };
    xhr.send(form);
  }

  /** After an answer the input is emptied: choosing the same, corrected file again must fire a change. */
  function clearFile() {
    setFile(null);
    if (fileInput.current) fileInput.current.value = "";
  }

  function reset() {
    setStage({ name: "idle" });
    clearFile();
  }

  const busy = stage.name === "uploading" || stage.name === "processing";
  const progress = progressOf(stage);
  const templateHref = `/api/imports/template/${SLUG[kind]}${nodeId ? `?nodeId=${nodeId}` : ""}`;

  return (
    <Card>
      <CardBody className="space-y-5">
        <form className="space-y-5" onSubmit={submit} noValidate>
          <fieldset disabled={busy} className="space-y-5">
            <div>
              <legend className="mb-2 block text-sm font-medium text-slate-700">{t("kind")}</legend>
              <div className="grid gap-2 sm:grid-cols-2">
                {kinds.map((k) => (
                  <label
                    key={k}
                    className="flex cursor-pointer gap-3 rounded-md p-3 ring-1 ring-slate-200 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
                  >
                    <input
                      type="radio"
                      name="kind"
                      value={k}
                      checked={kind === k}
                      onChange={() => setKind(k)}
                      className="mt-1 h-4 w-4 accent-brand-600"
                      data-testid={`import-kind-${SLUG[k]}`}
                    />
                    <span>
                      <span className="block text-sm font-medium text-slate-900">{t(KIND_TEXT[k].label)}</span>
                      <span className="mt-0.5 block text-xs text-slate-600">{t(KIND_TEXT[k].hint)}</span>
                    </span>
                  </label>
                ))}
              </div>
            </div>

            <Field label={t("target")} htmlFor="import-node" hint={t("targetHint")}>
              <Select id="import-node" value={nodeId} onChange={(e) => setNodeId(e.target.value)} data-testid="import-node">
                {targets.map((n) => (
                  <option key={n.id} value={n.id}>
                    {"\u3000".repeat(n.level)}
                    {n.name}（{n.kindName}
                    {n.code ? ` · ${n.code}` : ""}）
                  </option>
                ))}
              </Select>
            </Field>

            <div className="flex flex-wrap items-center gap-3 rounded-md bg-slate-50 px-3 py-2.5 text-sm text-slate-600 ring-1 ring-inset ring-slate-200">
              <FileSpreadsheet className="h-5 w-5 shrink-0 text-green-700" aria-hidden />
              <span className="min-w-0 flex-1">{t("templateHint")}</span>
              <a href={templateHref} download className={buttonClass("secondary", "sm")} data-testid="import-template">
                <Download className="h-4 w-4" aria-hidden />
                {t("downloadTemplate")}
              </a>
            </div>

            <Field label={t("file")} htmlFor="import-file" hint={t("fileHint")}>
              <div className="flex items-center gap-3">
                {/* The native input stays in the page (keyboard, tests, screen readers); its English text does not. */}
                <input
                  ref={fileInput}
                  id="import-file"
                  name="file"
                  type="file"
                  accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  onChange={(e) => {
                    setFile(e.target.files?.[0] ?? null);
                    if (stage.name === "failed") setStage({ name: "idle" });
                  }}
                  className="peer sr-only"
                  data-testid="import-file"
                />
                <label
                  htmlFor="import-file"
                  className={buttonClass("secondary", "md", "cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600")}
                >
                  <FileSpreadsheet className="h-4 w-4 text-green-700" aria-hidden />
                  {t("chooseButton")}
                </label>
                <span className="min-w-0 truncate text-sm text-slate-600" data-testid="import-file-name">
                  {file ? file.name : <span className="text-slate-500">{t("noFile")}</span>}
                </span>
              </div>
            </Field>
          </fieldset>

          <div className="flex items-center gap-3">
            <button type="submit" disabled={busy || !file || !nodeId} className={buttonClass("primary", "md")} data-testid="import-submit">
              {busy ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : <Upload className="h-4 w-4" aria-hidden />}
              {t("submit")}
            </button>
          </div>
        </form>

        {progress ? <ImportProgress {...progress} /> : null}

        {stage.name === "failed" ? (
          <div data-testid="import-result" data-status="FAILED">
            <Alert tone="error">
              <p className="font-medium">{t("failedTitle")}</p>
              <p>{stage.message}</p>
            </Alert>
          </div>
        ) : null}

        {stage.name === "finished" && stage.job.status === "DONE" ? (
          <div className="space-y-3" data-testid="import-result" data-status="DONE">
            <Alert tone="success">{t(KIND_TEXT[stage.job.kind].done, { created: stage.job.created })}</Alert>
            <div className="flex flex-wrap gap-2">
              <LinkButton href={KIND_TEXT[stage.job.kind].href} variant="primary" size="sm">
                {t(KIND_TEXT[stage.job.kind].view)}
              </LinkButton>
              <button type="button" className={buttonClass("secondary", "sm")} onClick={reset}>
                {t("again")}
              </button>
            </div>
          </div>
        ) : null}

        {stage.name === "finished" && stage.job.status !== "DONE" ? (
          <div className="space-y-3" data-testid="import-result" data-status={stage.job.status}>
            <Alert tone="error">
              <p className="font-medium">{t("rejectedTitle", { count: stage.job.errorCount })}</p>
              <p>{t("rejectedHint")}</p>
            </Alert>
            <ImportErrors job={stage.job} />
          </div>
        ) : null}
      </CardBody>
    </Card>
  );
}
