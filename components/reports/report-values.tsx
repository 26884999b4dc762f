import { useTranslations } from "next-intl";
import { Paperclip } from "lucide-react";
import { fieldLabel, formatValue, type FieldDef } from "@/lib/reports/fields";

const empty = (v: unknown) => v === undefined || v === null || v === "" || (Array.isArray(v) && !v.length);

/** A filed report, read-only: every field with its value; tables as tables, photos as thumbnails. Also the print view. */
export function ReportValues({ fields, data, locale, print = false }: { fields: FieldDef[]; data: Record<string, unknown>; locale: "zh-CN" | "en"; print?: boolean }) {
  const t = useTranslations("reports.view");
  const known = new Set(fields.map((f) => f.key));
  const orphans = Object.keys(data).filter((k) => !known.has(k));
  return (
    <dl className={print ? "report-print space-y-3" : "space-y-4"} data-testid="report-values">
      {fields.map((f) => {
        const v = data[f.key];
        return (
          <div key={f.key} className={print ? "break-inside-avoid" : ""}>
            <dt className="text-sm font-medium text-slate-500">{fieldLabel(f, locale)}</dt>
            <dd className="mt-1 text-sm text-slate-900" data-field={f.key}>
              {empty(v) ? (
                <span className="text-slate-400">{t("empty")}</span>
              ) : f.type === "table" ? (
                <div className="overflow-x-auto">
                  <table className="min-w-full border-collapse text-sm">
                    <thead>
                      <tr>
                        <th className="border border-slate-200 bg-slate-50 px-2 py-1 text-left font-medium">#</th>
                        {f.columns.map((c) => (
                          <th key={c.key} className="border border-slate-200 bg-slate-50 px-2 py-1 text-left font-medium">{fieldLabel(c, locale)}</th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {(v as Record<string, unknown>[]).map((row, i) => (
                        <tr key={i}>
                          <td className="border border-slate-200 px-2 py-1 tabular-nums">{i + 1}</td>
                          {f.columns.map((c) => (
                            <td key={c.key} className="border border-slate-200 px-2 py-1">{formatValue(c, row[c.key], locale)}{c.type === "integer" || c.type === "number" ? (c.unit ?? "") : ""}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : f.type === "file" ? (
                <ul className="flex flex-wrap gap-2">
                  {(v as string[]).map((id, i) =>
                    f.accept === "image" ? (
                      <li key={id}>
                        <a href={`/api/files/${id}`} target="_blank" rel="noreferrer">
                          {/* eslint-disable-next-line @next/next/no-img-element */}
                          <img src={`/api/files/${id}`} alt={t("photoN", { n: i + 1 })} className={print ? "h-32 w-32 object-cover" : "h-24 w-24 rounded-md object-cover ring-1 ring-slate-200"} />
                        </a>
                      </li>
                    ) : (
                      <li key={id}>
                        <a href={`/api/files/${id}`} className="inline-flex items-center gap-1 text-brand-700 underline" target="_blank" rel="noreferrer">
                          <Paperclip className="h-3.5 w-3.5" aria-hidden />
                          {t("fileN", { n: i + 1 })}
                        </a>
                      </li>
                    ),
                  )}
                </ul>
              ) : (
                <span className="whitespace-pre-wrap [overflow-wrap:anywhere]">
                  {formatValue(f, v, locale)}
                  {(f.type === "number" || f.type === "integer") && f.unit ? ` ${f.unit}` : ""}
                </span>
              )}
            </dd>
          </div>
        );
      })}
      {orphans.length ? (
        <div>
          <dt className="text-sm font-medium text-slate-500">{t("removedFields")}</dt>
          <dd className="mt-1 text-xs text-slate-600">
            {orphans.map((k) => (
              <p key={k}><span className="font-mono">{k}</span>：{JSON.stringify(data[k])}</p>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
