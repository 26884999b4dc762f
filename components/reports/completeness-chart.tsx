"use client";
import { useTranslations } from "next-intl";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

type Point = { label: string; expected: number; submitted: number; onTime: number; submissionRate: number | null; onTimeRate: number | null };

const pct = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

/** Per period: filed and on-time counts as bars, the two rates as lines. */
export function CompletenessChart({ points }: { points: Point[] }) {
  const t = useTranslations("reports.completeness");
  const data = points.map((p) => ({ ...p, submissionPct: pct(p.submissionRate), onTimePct: pct(p.onTimeRate) }));
  return (
    <div className="h-64 w-full" data-testid="completeness-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis yAxisId="n" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis yAxisId="p" orientation="right" domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar yAxisId="n" dataKey="submitted" name={t("submitted")} fill="#94a3b8" isAnimationActive={false} />
          <Bar yAxisId="n" dataKey="onTime" name={t("onTime")} fill="#15803d" isAnimationActive={false} />
          <Line yAxisId="p" type="monotone" dataKey="submissionPct" name={t("submissionRate")} stroke="#c21f1f" strokeWidth={2} dot connectNulls unit="%" isAnimationActive={false} />
          <Line yAxisId="p" type="monotone" dataKey="onTimePct" name={t("onTimeRate")} stroke="#0369a1" strokeWidth={2} dot connectNulls unit="%" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
