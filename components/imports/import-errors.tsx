"use client";
import { useTranslations } from "next-intl";
import { Download } from "lucide-react";
import type { ImportJobJson } from "@/lib/imports/present-job";
import { buttonClass } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";

/** The first errors of a rejected file (行号, 列, 原因, 原始内容) and the link to all of them as .xlsx. */
export function ImportErrors({ job }: { job: Pick<ImportJobJson, "id" | "errors" | "errorCount"> }) {
  const t = useTranslations("imports");
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600" data-testid="import-error-count" data-count={job.errorCount}>
          {job.errorCount > job.errors.length ? t("shownOf", { shown: job.errors.length, count: job.errorCount }) : null}
        </p>
        <a href={`/api/imports/${job.id}/errors`} download className={buttonClass("secondary", "sm")} data-testid="import-error-report">
          <Download className="h-4 w-4" aria-hidden />
          {t("downloadErrors")}
        </a>
      </div>
      <div className="max-h-[28rem] overflow-y-auto rounded-md ring-1 ring-slate-200">
        <Table>
          <thead className="sticky top-0 bg-slate-50">
            <tr>
              <Th className="w-16">{t("table.row")}</Th>
              <Th className="w-32">{t("table.column")}</Th>
              <Th>{t("table.message")}</Th>
              <Th className="w-40">{t("table.value")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="import-errors">
            {job.errors.map((e, i) => (
              <tr key={i} data-testid="import-error-row" data-row={e.row}>
                <Td className="tabular-nums">{e.row || "—"}</Td>
                <Td className="whitespace-nowrap">{e.column || "—"}</Td>
                <Td className="text-red-700">{e.message}</Td>
                <Td className="max-w-40 truncate text-slate-500" title={e.value}>{e.value || "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </div>
  );
}
