import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getDutyNorm } from "@/lib/duty/hours";
import { getMyDutyMonth } from "@/lib/duty/records";
import { listMySlots } from "@/lib/duty/signups";
import { chinaParts, dateColumn, dayKeyOf, formatClock, monthKeyOf } from "@/lib/duty/time";
import { cancelCheckInAction } from "@/app/actions/duty";
import { ActionButton } from "@/components/duty/action-button";
import { HoursMeter } from "@/components/duty/hours-meter";
import { SlotPicker } from "@/components/duty/slot-picker";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.m"))("title") };
}

const STATUS_TONE = { OPEN: "blue", PENDING: "amber", VERIFIED: "green", REJECTED: "red" } as const;

/** 我的值守: this month's hours against the norm, sign-up for the next days' slots, my records. */
export default async function MyDutyPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("duty.m");
  const ts = await getTranslations("duty.status");
  if (!can(actor, "duty.self") || !actor.personId) return <Alert tone="info">{t("noPerson")}</Alert>;
  const now = new Date();
  const today = dayKeyOf(now);
  const norm = await getDutyNorm({ actor });
  const [month, slots] = await Promise.all([getMyDutyMonth({ actor, month: monthKeyOf(now), normMinutes: norm }), listMySlots({ actor, today, days: 7 })]);
  const weekdayNames = t("weekdays").split(",");
  const days = slots.days.map((d, i) => {
    const weekday = ((dateColumn(d).getUTCDay() + 6) % 7) + 1;
    return { key: d, weekday, label: i === 0 ? t("today") : i === 1 ? t("tomorrow") : `${Number(d.slice(5, 7))}/${Number(d.slice(8))} ${weekdayNames[weekday - 1]}` };
  });
  const upcoming = slots.mine.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const slotLabel = new Map(slots.points.flatMap((p) => p.slots.map((s) => [s.id, `${p.name} ${formatClock(s.startMinute)}–${formatClock(s.endMinute)}`] as const)));
  const time = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" });
  return (
    <div className="space-y-4">
      <Card className="p-4">
        <HoursMeter verified={month?.verified ?? 0} pending={month?.pending ?? 0} norm={norm} label={t("thisMonth")} />
        <p className="mt-2 text-xs text-slate-500">
          {(month?.verified ?? 0) >= norm ? t("normReached") : t("normLeft", { hours: Math.round(((norm - (month?.verified ?? 0)) / 60) * 100) / 100 })}
          {month?.pending ? ` · ${t("pendingHours", { hours: Math.round((month.pending / 60) * 100) / 100 })}` : ""}
        </p>
      </Card>

      {month?.open ? (
        <Alert tone="info">
          <p data-testid="open-checkin">{t("onDuty", { name: month.open.binPoint.name, time: time(month.open.startAt) })}</p>
          <p className="mt-1 text-xs">{t("scanToCheckOut")}</p>
          <div className="mt-2"><ActionButton action={cancelCheckInAction} input={{}} label={t("cancelCheckIn")} variant="ghost" /></div>
        </Alert>
      ) : (
        <p className="px-1 text-xs text-slate-500">{t("scanHint")}</p>
      )}

      <section className="space-y-2">
        <h2 className="px-1 text-sm font-semibold text-slate-900">{t("signUpTitle")}</h2>
        {slots.points.length ? (
          <SlotPicker
            days={days}
            mine={slots.mine}
            points={slots.points.map((p) => ({
              id: p.id,
              name: p.name,
              location: p.location,
              nodeName: p.node.name,
              slots: p.slots.map((s) => ({ id: s.id, label: `${formatClock(s.startMinute)}–${formatClock(s.endMinute)}`, weekdays: s.weekdays, capacity: s.capacity, taken: s.taken })),
            }))}
          />
        ) : (
          <Card><EmptyState title={t("noPoints")} hint={t("noPointsHint")} /></Card>
        )}
      </section>

      {upcoming.length ? (
        <Card className="p-4">
          <h2 className="text-sm font-semibold text-slate-900">{t("mySignups")}</h2>
          <ul className="mt-2 divide-y divide-slate-100 text-sm" data-testid="my-signups">
            {upcoming.map((m) => (
              <li key={m.id} className="flex justify-between py-2">
                <span>{days.find((d) => d.key === m.date)?.label ?? m.date}</span>
                <span className="text-slate-600">{slotLabel.get(m.slotId)}</span>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card className="p-4">
        <h2 className="text-sm font-semibold text-slate-900">{t("records")}</h2>
        {month?.rows.length ? (
          <ul className="mt-2 divide-y divide-slate-100" data-testid="my-records">
            {month.rows.map((r) => (
              <li key={r.id} className="py-2 text-sm">
                <div className="flex items-center justify-between gap-2">
                  <span className="min-w-0 truncate">{r.binPoint.name}</span>
                  <Badge tone={STATUS_TONE[r.status]}>{ts(r.status)}</Badge>
                </div>
                <p className="text-xs text-slate-500">
                  {time(r.startAt)}
                  {r.endAt ? ` – ${formatClock(chinaParts(r.endAt).minuteOfDay)}` : ""}
                  {r.minutes ? ` · ${t("minutes", { minutes: r.minutes })}` : ""}
                  {r.rejectReason ? ` · ${r.rejectReason}` : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-500">{t("noRecords")}</p>
        )}
      </Card>
    </div>
  );
}
