"use client";
import { Line, LineChart, ResponsiveContainer, Tooltip, YAxis } from "recharts";

/** A small trend line of an indicator card (gaps where a period has no figure). */
export function Sparkline({ points, color = "#c21f1f", unit = "", height = 40, dark = false }: { points: { label: string; value: number | null }[]; color?: string; unit?: string; height?: number; dark?: boolean }) {
  if (!points.some((p) => p.value !== null)) return <div style={{ height }} aria-hidden />;
  return (
    <div style={{ height }} className="w-full" aria-hidden>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 4, right: 2, bottom: 0, left: 2 }} accessibilityLayer={false}>
          <YAxis hide domain={["dataMin", "dataMax"]} />
          <Tooltip
            formatter={(v) => [`${v}${unit}`, ""]}
            labelStyle={{ fontSize: 11 }}
            contentStyle={{ fontSize: 11, padding: "2px 6px", background: dark ? "#0f172a" : "#fff", border: dark ? "1px solid #334155" : undefined }}
            separator=""
          />
          <Line type="monotone" dataKey="value" stroke={color} strokeWidth={2} dot={false} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
