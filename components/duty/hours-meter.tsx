import { minutesToHours } from "@/lib/duty/time";

/** Verified (solid) and pending (striped) hours against the monthly norm. */
export function HoursMeter({ verified, pending, norm, label }: { verified: number; pending: number; norm: number; label: string }) {
  const pct = (m: number) => (norm > 0 ? Math.min(100, (m / norm) * 100) : 100);
  return (
    <div>
      <div className="flex items-end justify-between">
        <p className="text-sm text-slate-600">{label}</p>
        <p className="text-2xl font-bold tabular-nums text-slate-900" data-testid="duty-hours">
          {minutesToHours(verified)}
          <span className="text-sm font-normal text-slate-500"> / {minutesToHours(norm)} h</span>
        </p>
      </div>
      <div className="mt-2 flex h-3 overflow-hidden rounded-full bg-slate-100" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={norm} aria-valuenow={verified}>
        <div className="bg-green-600" style={{ width: `${pct(verified)}%` }} />
        <div className="bg-amber-300" style={{ width: `${Math.max(0, pct(verified + pending) - pct(verified))}%` }} />
      </div>
    </div>
  );
}
