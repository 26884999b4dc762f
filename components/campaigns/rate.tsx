import { cn } from "@/components/ui/cn";
import { percent } from "@/lib/campaigns/rates";

/** A rate as a number and a bar; "—" when there is nobody to count. */
export function RateBar({ value, className, testId }: { value: number | null; className?: string; testId?: string }) {
  const pct = value === null ? 0 : Math.round(value * 1000) / 10;
  const tone = value === null ? "bg-slate-200" : value >= 0.8 ? "bg-green-500" : value >= 0.5 ? "bg-amber-500" : "bg-brand-600";
  return (
    <div className={cn("flex min-w-28 items-center gap-2", className)}>
      <div className="h-1.5 flex-1 overflow-hidden rounded-full bg-slate-100" aria-hidden>
        <div className={cn("h-full rounded-full", tone)} style={{ width: `${pct}%` }} />
      </div>
      <span className="w-12 text-right text-sm tabular-nums text-slate-700" data-testid={testId}>{percent(value)}</span>
    </div>
  );
}

export function Kpi({ label, value, hint, testId, tone }: { label: React.ReactNode; value: React.ReactNode; hint?: React.ReactNode; testId?: string; tone?: "red" }) {
  return (
    <div className="h-full rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <p className="text-xs font-medium text-slate-500">{label}</p>
      <p className={cn("mt-1 text-2xl font-semibold tabular-nums", tone === "red" ? "text-brand-700" : "text-slate-900")} data-testid={testId}>{value}</p>
      {hint ? <p className="mt-1 text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}
