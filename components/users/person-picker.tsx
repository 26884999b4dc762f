"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { searchPeopleAction } from "@/app/actions/pickers";
import { SearchList } from "./search-list";

export type PersonOption = { id: string; name: string; nodeName: string; phone: string | null; hasAccount: boolean };

function PersonLabel({ p, taken }: { p: PersonOption; taken: string }) {
  return (
    <span className="flex items-baseline justify-between gap-2">
      <span className="truncate">
        <span className="text-slate-900">{p.name}</span>
        {p.phone ? <span className="ml-2 text-xs text-slate-500 tabular-nums">{p.phone}</span> : null}
      </span>
      <span className="shrink-0 text-xs text-slate-500">{p.hasAccount ? taken : p.nodeName}</span>
    </span>
  );
}

/** A person of the roster in scope (posted as `name`); people who already have an account cannot be picked. */
export function PersonPicker({ name, inputId, invalid, onChange }: { name: string; inputId?: string; invalid?: boolean; onChange?: (p: PersonOption | null) => void }) {
  const t = useTranslations("users");
  const [person, setPerson] = useState<PersonOption | null>(null);
  const search = useCallback(async (q: string) => {
    const res = await searchPeopleAction({ q });
    return res.ok ? res.data : res.error;
  }, []);
  const set = (p: PersonOption | null) => (setPerson(p), onChange?.(p));
  return (
    <div>
      <input type="hidden" name={name} value={person?.id ?? ""} />
      {person ? (
        <div className="flex items-center gap-2 rounded-md bg-slate-50 px-3 py-2 text-sm ring-1 ring-inset ring-slate-300">
          <span className="min-w-0 flex-1">
            <PersonLabel p={person} taken="" />
          </span>
          <button type="button" className="rounded p-0.5 text-slate-500 hover:bg-slate-200" onClick={() => set(null)} aria-label={t("picker.clear")}>
            <X className="h-4 w-4" aria-hidden />
          </button>
        </div>
      ) : (
        <SearchList
          inputId={inputId}
          invalid={invalid}
          placeholder={t("picker.personPlaceholder")}
          search={search}
          onPick={set}
          isDisabled={(p) => p.hasAccount}
          render={(p) => <PersonLabel p={p} taken={t("picker.hasAccount")} />}
        />
      )}
    </div>
  );
}
