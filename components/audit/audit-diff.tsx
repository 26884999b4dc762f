import clsx from "clsx";

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
const raw = (v: unknown) => (v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v));

export type DiffLabels = {
  field: string;
  before: string;
  after: string;
  /** A known field's name in the reader's language (else the raw key). */
  fieldName: (key: string) => string;
  /** A known value's wording (booleans, role codes), else null for the raw value. */
  value: (key: string, value: unknown) => string | null;
};

/**
 * Before and after of one change. Objects become one row per field with the changed fields marked; anything
 * else (lists, plain values) is shown as JSON side by side.
 */
export function AuditDiff({ before, after, labels }: { before: unknown; after: unknown; labels: DiffLabels }) {
  const show = (k: string, v: unknown) => (v === undefined ? "" : (labels.value(k, v) ?? raw(v)));
  if ((isRecord(before) || before == null) && (isRecord(after) || after == null)) {
    const b = (before ?? {}) as Record<string, unknown>;
    const a = (after ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
    if (!keys.length) return null;
    return (
      <table className="w-full table-fixed text-xs">
        <thead>
          <tr className="text-left text-slate-500">
            <th className="w-24 py-1 pr-2 font-medium">{labels.field}</th>
            <th className="py-1 pr-2 font-medium">{labels.before}</th>
            <th className="py-1 font-medium">{labels.after}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => {
            const changed = raw(b[k]) !== raw(a[k]);
            return (
              <tr key={k} className="border-t border-slate-100 align-top">
                <td className="py-1 pr-2 font-sans text-slate-600 [overflow-wrap:anywhere]" title={k}>{labels.fieldName(k)}</td>
                <td className={clsx("px-1 py-1 [overflow-wrap:anywhere]", changed && k in b ? "bg-red-50 text-red-800" : "text-slate-500")}>{show(k, b[k])}</td>
                <td className={clsx("px-1 py-1 [overflow-wrap:anywhere]", changed && k in a ? "bg-green-50 text-green-800" : "text-slate-500")}>{show(k, a[k])}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    );
  }
  return (
    <div className="grid gap-2 text-xs sm:grid-cols-2">
      <div>
        <p className="mb-1 text-slate-500">{labels.before}</p>
        <pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-red-50 p-2 text-red-800">{JSON.stringify(before, null, 2) ?? "—"}</pre>
      </div>
      <div>
        <p className="mb-1 text-slate-500">{labels.after}</p>
        <pre className="overflow-x-auto whitespace-pre-wrap break-all rounded bg-green-50 p-2 text-green-800">{JSON.stringify(after, null, 2) ?? "—"}</pre>
      </div>
    </div>
  );
}
