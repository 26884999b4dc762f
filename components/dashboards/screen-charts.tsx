"use client";
import { Bar, BarChart, CartesianGrid, Cell, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const AXIS = { fill: "#cbd5e1", fontSize: 16 };

/** Units ranked by one rate, horizontal bars (the leading group reads it from across the room). */
export function ScreenRanking({ rows, target }: { rows: { name: string; value: number | null }[]; target: number | null }) {
  const data = rows.filter((r) => r.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0)).slice(0, 14);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 64, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#334155" horizontal={false} />
        <XAxis type="number" domain={[0, 100]} tick={AXIS} unit="%" />
        <YAxis type="category" dataKey="name" width={190} tick={AXIS} interval={0} />
        <Tooltip contentStyle={{ background: "#0f172a", border: "1px solid #334155", color: "#e2e8f0" }} />
        {target !== null ? <ReferenceLine x={target} stroke="#fbbf24" strokeDasharray="6 4" /> : null}
        <Bar dataKey="value" isAnimationActive={false} label={{ position: "right", fill: "#e2e8f0", fontSize: 15, formatter: (v: unknown) => `${v}%` }}>
          {data.map((d) => (
            <Cell key={d.name} fill={target !== null && (d.value ?? 0) < target ? "#f59e0b" : "#22c55e"} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Trends of a few rates over the last twelve months. */
export function ScreenTrend({ points, series }: { points: Record<string, string | number | null>[]; series: { key: string; name: string; color: string }[] }) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 24, bottom: 4, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#334155" />
        <XAxis dataKey="label" tick={AXIS} />
        <YAxis domain={[0, 100]} tick={AXIS} unit="%" />
        <Tooltip contentStyle={{ background: "#0f172a", border: "1px solid #334155", color: "#e2e8f0" }} />
        <Legend wrapperStyle={{ color: "#e2e8f0", fontSize: 16 }} />
        {series.map((s) => (
          <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.color} strokeWidth={3} dot={false} connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
