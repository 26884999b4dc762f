"use client";
import { useCallback, useState } from "react";
import { useTranslations } from "next-intl";
import { registerAction } from "@/app/actions/double";
import { searchPeopleAction } from "@/app/actions/pickers";
import { ActionForm } from "@/components/duty/action-form";
import { SearchList } from "@/components/users/search-list";
import { Field, Input, Select } from "@/components/ui/field";

type Opt = { id: string; name: string };

/** A unit registers itself or one of its members with a community. */
export function RegisterForm({ units, communities }: { units: Opt[]; communities: Opt[] }) {
  const t = useTranslations("double.register");
  const [kind, setKind] = useState<"MEMBER" | "UNIT">("MEMBER");
  const [unitId, setUnitId] = useState(units[0]?.id ?? "");
  const [person, setPerson] = useState<{ id: string; name: string } | null>(null);
  const search = useCallback(async (q: string) => {
    const r = await searchPeopleAction({ q, nodeId: unitId || undefined, partyOnly: false });
    return r.ok ? r.data : r.error;
  }, [unitId]);
  return (
    <ActionForm action={registerAction} submitLabel={t("submit")} successText={t("done")} fieldLabels={{ personId: t("member"), communityNodeId: t("community") }} onSuccess={() => setPerson(null)}>
      <Field label={t("kind")} htmlFor="r-kind">
        <Select id="r-kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value as "MEMBER" | "UNIT")}>
          <option value="MEMBER">{t("kindMember")}</option>
          <option value="UNIT">{t("kindUnit")}</option>
        </Select>
      </Field>
      <Field label={t("unit")} htmlFor="r-unit">
        <Select id="r-unit" name="unitNodeId" value={unitId} onChange={(e) => (setUnitId(e.target.value), setPerson(null))}>
          {units.map((u) => <option key={u.id} value={u.id}>{u.name}</option>)}
        </Select>
      </Field>
      {kind === "MEMBER" ? (
        <Field label={t("member")} htmlFor="r-person">
          <input type="hidden" name="personId" value={person?.id ?? ""} />
          {person ? (
            <p className="flex items-center justify-between rounded-md bg-slate-50 px-3 py-2 text-sm">
              {person.name}
              <button type="button" className="text-xs text-brand-700" onClick={() => setPerson(null)}>{t("change")}</button>
            </p>
          ) : (
            <SearchList<{ id: string; name: string; nodeName: string }> inputId="r-person" placeholder={t("findMember")} search={search} render={(p) => <span>{p.name} <span className="text-xs text-slate-400">{p.nodeName}</span></span>} onPick={(p) => setPerson(p)} />
          )}
        </Field>
      ) : null}
      <Field label={t("community")} htmlFor="r-comm">
        <Select id="r-comm" name="communityNodeId">{communities.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}</Select>
      </Field>
      <Field label={t("note")} htmlFor="r-note"><Input id="r-note" name="note" maxLength={200} /></Field>
    </ActionForm>
  );
}
