import { getFormatter, getTranslations } from "next-intl/server";
import { CheckCircle2, XCircle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";

export type SignInItem = { id: bigint | string; success: boolean; reason: string; ip: string | null; userAgent: string | null; createdAt: Date };

/** "Chrome 126 · Windows" from a user agent, enough to recognise one's own devices. */
function device(ua: string | null): string {
  if (!ua) return "—";
  const browser =
    /MicroMessenger\/([\d.]+)/.exec(ua)?.[0].replace("/", " ") ??
    /Edg\/(\d+)/.exec(ua)?.[0].replace("Edg/", "Edge ") ??
    /(?:Chrome|Chromium)\/(\d+)/.exec(ua)?.[0].replace("/", " ") ??
    /Firefox\/(\d+)/.exec(ua)?.[0].replace("/", " ") ??
    (/Safari\//.test(ua) ? "Safari" : null);
  const os = /Windows/.test(ua) ? "Windows" : /Android/.test(ua) ? "Android" : /iPhone|iPad/.test(ua) ? "iOS" : /Mac OS X/.test(ua) ? "macOS" : /Linux/.test(ua) ? "Linux" : null;
  const out = [browser, os].filter(Boolean).join(" · ");
  return out || ua.slice(0, 40);
}

async function historyLabels() {
  const [t, format] = await Promise.all([getTranslations("account"), getFormatter()]);
  const reason = (r: string) => (t.has(`reasons.${r}`) ? t(`reasons.${r}`) : r);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  return { t, reason, when };
}

export async function SignInHistoryTable({ items }: { items: SignInItem[] }) {
  const { t, reason, when } = await historyLabels();
  if (!items.length) return <EmptyState title={t("history.empty")} />;
  return (
    <Table>
      <thead className="bg-slate-50">
        <tr>
          <Th>{t("history.time")}</Th>
          <Th>{t("history.result")}</Th>
          <Th>{t("history.ip")}</Th>
          <Th className="hidden sm:table-cell">{t("history.device")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 bg-white">
        {items.map((e) => (
          <tr key={String(e.id)} data-testid="sign-in-row">
            <Td className="tabular-nums sm:whitespace-nowrap">{when(e.createdAt)}</Td>
            <Td>{e.success ? <Badge tone="green">{reason(e.reason)}</Badge> : <Badge tone="red">{reason(e.reason)}</Badge>}</Td>
            <Td className="font-mono text-xs">{e.ip ?? "—"}</Td>
            <Td className="hidden max-w-md truncate text-slate-500 sm:table-cell" title={e.userAgent ?? undefined}>{device(e.userAgent)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** The same history as a list for a phone screen. */
export async function SignInHistoryList({ items }: { items: SignInItem[] }) {
  const { t, reason, when } = await historyLabels();
  if (!items.length) return <p className="py-2 text-sm text-slate-500">{t("history.empty")}</p>;
  return (
    <ul className="divide-y divide-slate-100">
      {items.map((e) => (
        <li key={String(e.id)} className="flex items-start gap-2 py-2.5" data-testid="sign-in-row">
          {e.success ? <CheckCircle2 className="mt-0.5 h-4 w-4 shrink-0 text-green-600" aria-hidden /> : <XCircle className="mt-0.5 h-4 w-4 shrink-0 text-red-600" aria-hidden />}
          <div className="min-w-0 flex-1">
            <p className="flex justify-between gap-2 text-sm">
              <span className={e.success ? "text-slate-800" : "text-red-700"}>{reason(e.reason)}</span>
              <span className="shrink-0 tabular-nums text-slate-500">{when(e.createdAt)}</span>
            </p>
            <p className="truncate text-xs text-slate-500">{[e.ip, device(e.userAgent)].filter(Boolean).join(" · ")}</p>
          </div>
        </li>
      ))}
    </ul>
  );
}
