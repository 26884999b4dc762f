"use client";
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { issueCardAction, searchHouseholdsAction } from "@/app/actions/points";
import { SearchList } from "@/components/users/search-list";

type Hit = { id: string; label: string; headName: string; nodeName: string };

/** Find a household and issue it a points card. */
export function IssueCard() {
  const t = useTranslations("points.cards");
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();
  const search = useCallback(async (q: string) => {
    const r = await searchHouseholdsAction({ q });
    return r.ok ? r.data : r.error;
  }, []);
  return (
    <div className="space-y-2">
      <SearchList<Hit>
        placeholder={t("findHousehold")}
        inputId="issue-card-search"
        search={search}
        render={(h) => (
          <span className="flex justify-between gap-2">
            <span>{h.label} {h.headName}</span>
            <span className="text-xs text-slate-400">{h.nodeName}</span>
          </span>
        )}
        onPick={(h) =>
          start(async () => {
            const r = await issueCardAction({ householdId: h.id, holderName: "" });
            setMessage(r.ok ? { ok: true, text: t("issued", { number: r.data.number, name: h.headName }) } : { ok: false, text: r.error });
            if (r.ok) router.refresh();
          })
        }
      />
      {pending ? <p className="text-xs text-slate-500">…</p> : null}
      {message ? <p className={`text-sm ${message.ok ? "text-green-700" : "text-red-600"}`} data-testid="issue-card-result">{message.text}</p> : null}
    </div>
  );
}
