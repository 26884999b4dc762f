"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Loader2, LogIn, LogOut } from "lucide-react";
import { cancelCheckInAction, checkInAction, checkOutAction } from "@/app/actions/duty";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";

type Open = { startAt: string; binPointId: string; binPointName: string } | null;

/** The big button of the check-in page: 签到 when not on duty here, 签退 when on duty here. */
export function CheckinPanel({ token, binPointId, open }: { token: string; binPointId: string; open: Open }) {
  const t = useTranslations("duty.checkin");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const here = open?.binPointId === binPointId;
  const elsewhere = open && !here;
  const time = (iso: string) => new Date(iso).toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit" });
  const run = (fn: () => Promise<{ ok: boolean; error?: string; data?: unknown }>, message: (data: unknown) => string) =>
    start(async () => {
      const r = await fn();
      if (r.ok) {
        setError(null);
        setDone(message(r.data));
        router.refresh();
      } else setError(r.error ?? null);
    });
  return (
    <div className="space-y-4">
      {error ? <Alert tone="error"><span data-testid="checkin-error">{error}</span></Alert> : null}
      {done ? <Alert tone="success"><span data-testid="checkin-done">{done}</span></Alert> : null}
      {elsewhere ? (
        <Alert tone="info">{t("elsewhere", { name: open.binPointName, time: time(open.startAt) })}</Alert>
      ) : null}
      {here ? <p className="text-center text-sm text-slate-600" data-testid="checkin-since">{t("since", { time: time(open.startAt) })}</p> : null}
      <button
        type="button"
        disabled={pending || !!elsewhere}
        data-testid={here ? "checkout-button" : "checkin-button"}
        onClick={() =>
          here
            ? run(() => checkOutAction({ token }), (d) => t("checkedOut", { minutes: (d as { minutes: number }).minutes }))
            : run(() => checkInAction({ token }), () => t("checkedIn"))
        }
        className={cn(
          "mx-auto flex h-40 w-40 flex-col items-center justify-center gap-2 rounded-full text-2xl font-bold text-white shadow-lg transition active:scale-95 disabled:opacity-50",
          here ? "bg-slate-700" : "bg-brand-600",
        )}
      >
        {pending ? <Loader2 className="h-8 w-8 animate-spin" /> : here ? <LogOut className="h-8 w-8" /> : <LogIn className="h-8 w-8" />}
        {here ? t("checkOut") : t("checkIn")}
      </button>
      {open ? (
        <div className="text-center">
          <button type="button" disabled={pending} className="text-sm text-slate-500 underline" onClick={() => run(() => cancelCheckInAction({}), () => t("cancelled"))} data-testid="cancel-checkin">
            {t("cancel")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
