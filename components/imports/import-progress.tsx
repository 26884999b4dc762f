"use client";
import clsx from "clsx";
import { useTranslations } from "next-intl";
import { Check } from "lucide-react";

export type ProgressPhase = "upload" | "reading" | "validating" | "writing" | "done";

const STEPS: ProgressPhase[] = ["upload", "reading", "validating", "writing"];

/** The import's progress bar, with the step it is on (上传 → 读取 → 校验 → 写入) and rows done. */
export function ImportProgress({ percent, phase, processed, total }: { percent: number; phase: ProgressPhase; processed: number; total: number }) {
  const t = useTranslations("imports");
  const current = phase === "done" ? STEPS.length : STEPS.indexOf(phase);
  const detail =
    phase === "upload"
      ? t("uploadProgress", { percent: processed })
      : phase === "reading"
        ? processed
          ? t("readProgress", { processed })
          : ""
        : total
          ? t("rowsProgress", { processed, total })
          : "";
  return (
    <div className="space-y-2">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs">
        {STEPS.map((s, i) => (
          <li key={s} className={clsx("flex items-center gap-1", i < current ? "text-green-700" : i === current ? "font-semibold text-brand-700" : "text-slate-500")}>
            {i < current ? <Check className="h-3.5 w-3.5" aria-hidden /> : <span aria-hidden>{i + 1}.</span>}
            {t(`step.${s}`)}
            {i < STEPS.length - 1 ? <span className="ml-1 text-slate-300" aria-hidden>→</span> : null}
          </li>
        ))}
      </ol>
      <div
        role="progressbar"
        aria-label={t("progressLabel")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${t(`phase.${phase}`)} ${percent}%`}
        data-testid="import-progress"
        data-phase={phase}
        className="h-2.5 w-full overflow-hidden rounded-full bg-slate-100 ring-1 ring-inset ring-slate-200"
      >
        <div className={clsx("h-full rounded-full transition-[width] duration-300", phase === "done" ? "bg-green-600" : "bg-brand-600")} style={{ width: `${percent}%` }} />
      </div>
      <p className="flex justify-between text-xs text-slate-500" aria-live="polite">
        <span>{detail ? t("phaseDetail", { phase: t(`phase.${phase}`), detail }) : t(`phase.${phase}`)}</span>
        <span className="tabular-nums">{percent}%</span>
      </p>
    </div>
  );
}
