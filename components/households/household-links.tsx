"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { linkMemberAction, unlinkMemberAction } from "@/app/actions/households";
import { searchPeopleAction } from "@/app/actions/pickers";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";

/** The members who look after a household (党员联户): link one found by name, or unlink. */
export function HouseholdLinks({ householdId, links, canWrite }: { householdId: string; links: { personId: string; name: string }[]; canWrite: boolean }) {
  const t = useTranslations("households");
  const router = useRouter();
  const [q, setQ] = useState("");
  const [hits, setHits] = useState<{ id: string; name: string; nodeName: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  useEffect(() => {
    if (!q.trim()) return;
    const timer = setTimeout(async () => {
      const r = await searchPeopleAction({ q, partyOnly: false });
      if (r.ok) setHits(r.data.filter((p) => !links.some((l) => l.personId === p.id)));
    }, 200);
    return () => clearTimeout(timer);
  }, [q, links]);
  const run = (fn: () => Promise<{ ok: boolean; error?: string }>) =>
    start(async () => {
      const r = await fn();
      if (r.ok) {
        setError(null);
        setQ("");
        router.refresh();
      } else setError(r.error ?? null);
    });
  return (
    <div className="space-y-3">
      {links.length ? (
        <ul className="divide-y divide-slate-100" data-testid="household-links">
          {links.map((l) => (
            <li key={l.personId} className="flex items-center justify-between py-2 text-sm">
              <Link href={`/people/${l.personId}`} className="hover:text-brand-700">{l.name}</Link>
              {canWrite ? (
                <Button variant="ghost" size="sm" disabled={pending} onClick={() => run(() => unlinkMemberAction({ personId: l.personId, householdId }))}>
                  {t("unlink")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-amber-700">{t("noLinks")}</p>
      )}
      {canWrite ? (
        <div className="space-y-2">
          <Input value={q} onChange={(e) => (setQ(e.target.value), e.target.value.trim() ? null : setHits([]))} placeholder={t("findMember")} aria-label={t("findMember")} data-testid="link-search" />
          {hits.length ? (
            <ul className="max-h-48 divide-y divide-slate-100 overflow-y-auto rounded-md ring-1 ring-slate-200">
              {hits.map((p) => (
                <li key={p.id}>
                  <button type="button" disabled={pending} onClick={() => run(() => linkMemberAction({ personId: p.id, householdId }))} className="flex w-full justify-between px-3 py-2 text-left text-sm hover:bg-slate-50">
                    <span>{p.name}</span>
                    <span className="text-xs text-slate-500">{p.nodeName}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          {error ? <p className="text-xs text-red-600" role="alert">{error}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
