"use client";
import { useCallback, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { addEntryAction } from "@/app/actions/redlist";
import { searchHouseholdsAction } from "@/app/actions/points";
import { SearchList } from "@/components/users/search-list";
import { Input, Select } from "@/components/ui/field";

/** Put a household on the draft by hand (a model household on the red list, an offender on the black). */
export function AddHousehold({ listId, nodeId }: { listId: string; nodeId: string }) {
  const t = useTranslations("redlist");
  const router = useRouter();
  const [side, setSide] = useState<"RED" | "BLACK">("RED");
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [, start] = useTransition();
  const search = useCallback(async (q: string) => {
    const r = await searchHouseholdsAction({ q, nodeId });
    return r.ok ? r.data : r.error;
  }, [nodeId]);
  return (
    <div className="space-y-2">
      <div className="flex gap-2">
        <Select value={side} onChange={(e) => setSide(e.target.value as "RED")} className="w-28" aria-label={t("sideLabel")}>
          <option value="RED">{t("side.RED")}</option>
          <option value="BLACK">{t("side.BLACK")}</option>
        </Select>
        <Input value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t("reason")} aria-label={t("reason")} />
      </div>
      <SearchList<{ id: string; label: string; headName: string; nodeName: string }>
        placeholder={t("findHousehold")}
        search={search}
        render={(h) => <span>{h.label} {h.headName} <span className="text-xs text-slate-400">{h.nodeName}</span></span>}
        onPick={(h) =>
          start(async () => {
            const r = await addEntryAction({ listId, side, householdId: h.id, reason });
            if (r.ok) (setError(null), setReason(""), router.refresh());
            else setError(r.error);
          })
        }
      />
      {error ? <p className="text-xs text-red-600">{error}</p> : null}
    </div>
  );
}
