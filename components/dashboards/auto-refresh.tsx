"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/** Re-render the page from the server every `seconds` (the big screen), and show a live clock. */
export function AutoRefresh({ seconds = 30, locale }: { seconds?: number; locale: string }) {
  const router = useRouter();
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    const refresh = setInterval(() => router.refresh(), seconds * 1000);
    const tick = setInterval(() => setNow(new Date()), 1000);
    setNow(new Date());
    return () => (clearInterval(refresh), clearInterval(tick));
  }, [router, seconds]);
  return (
    <span className="tabular-nums" data-testid="screen-clock" suppressHydrationWarning>
      {now ? new Intl.DateTimeFormat(locale, { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false }).format(now) : ""}
    </span>
  );
}
