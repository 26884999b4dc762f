"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { cancelSignupAction, signUpAction } from "@/app/actions/duty";
import { ActionButton } from "./action-button";
import { cn } from "@/components/ui/cn";

type Slot = { id: string; label: string; weekdays: number[]; capacity: number; taken: Record<string, number> };
type Point = { id: string; name: string; location: string | null; nodeName: string; slots: Slot[] };

/** Days as chips, then each bin point's slots that day with a sign-up (or cancel) button. */
export function SlotPicker({ days, points, mine }: { days: { key: string; label: string; weekday: number }[]; points: Point[]; mine: { id: string; slotId: string; date: string }[] }) {
  const t = useTranslations("duty.m");
  const [day, setDay] = useState(days[0]?.key);
  const current = days.find((d) => d.key === day) ?? days[0];
  return (
    <div className="space-y-3">
      <div className="-mx-1 flex gap-1.5 overflow-x-auto px-1 pb-1" role="tablist">
        {days.map((d) => (
          <button
            key={d.key}
            type="button"
            role="tab"
            aria-selected={d.key === day}
            onClick={() => setDay(d.key)}
            data-testid={`day-${d.key}`}
            className={cn("shrink-0 rounded-full px-3 py-1.5 text-sm ring-1", d.key === day ? "bg-brand-600 text-white ring-brand-600" : "bg-white text-slate-700 ring-slate-200")}
          >
            {d.label}
          </button>
        ))}
      </div>
      {points.map((p) => (
        <div key={p.id} className="rounded-lg bg-white p-3 ring-1 ring-slate-200">
          <p className="font-medium text-slate-900">{p.name}</p>
          <p className="text-xs text-slate-500">{[p.nodeName, p.location].filter(Boolean).join(" · ")}</p>
          <ul className="mt-2 space-y-2">
            {p.slots
              .filter((s) => current && s.weekdays.includes(current.weekday))
              .map((s) => {
                const signed = mine.find((m) => m.slotId === s.id && m.date === current!.key);
                const taken = s.taken[current!.key] ?? 0;
                const full = s.capacity > 0 && taken >= s.capacity;
                return (
                  <li key={s.id} className="flex items-center justify-between gap-2">
                    <span className="text-sm tabular-nums">
                      {s.label}
                      <span className="ml-2 text-xs text-slate-500">{s.capacity ? t("takenOf", { taken, capacity: s.capacity }) : t("taken", { taken })}</span>
                    </span>
                    {signed ? (
                      <ActionButton action={cancelSignupAction} input={{ signupId: signed.id }} label={t("cancelSignup")} variant="ghost" testId={`cancel-${s.id}`} />
                    ) : (
                      <ActionButton action={signUpAction} input={{ slotId: s.id, date: current!.key }} label={full ? t("full") : t("signUp")} variant="primary" testId={`signup-${s.id}`} />
                    )}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </div>
  );
}
