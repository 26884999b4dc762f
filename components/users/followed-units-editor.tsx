"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { X } from "lucide-react";
import { setFollowedUnitsAction } from "@/app/actions/users";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NodeLabel, useNodeSearch, type NodeOption } from "./node-picker";
import { SearchList } from "./search-list";

/** The explicit list of units a union representative follows (a scope that is not a subtree). */
export function FollowedUnitsEditor({ userId, initial, editable }: { userId: string; initial: NodeOption[]; editable: boolean }) {
  const t = useTranslations("users");
  const c = useTranslations("common");
  const router = useRouter();
  const [units, setUnits] = useState<NodeOption[]>(initial);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const search = useNodeSearch("browse");
  const dirty = units.map((u) => u.id).join() !== initial.map((u) => u.id).join();

  async function save() {
    setPending(true);
    const res = await setFollowedUnitsAction({ userId, nodeIds: units.map((u) => u.id) });
    setPending(false);
    if (!res.ok) return setResult({ tone: "error", text: res.error });
    setResult({ tone: "success", text: c("saved") });
    router.refresh();
  }

  return (
    <div className="space-y-3">
      {result ? <Alert tone={result.tone}>{result.text}</Alert> : null}
      {units.length ? (
        <ul className="flex flex-wrap gap-2" data-testid="followed-units">
          {units.map((u) => (
            <li key={u.id} className="inline-flex items-center gap-1.5 rounded-full bg-sky-50 py-1 pl-3 pr-1.5 text-sm text-sky-800 ring-1 ring-inset ring-sky-200">
              {u.name}
              <span className="text-xs text-sky-600">{u.kindName}</span>
              {editable ? (
                <button
                  type="button"
                  className="rounded-full p-0.5 hover:bg-sky-100"
                  aria-label={t("follows.removeOne", { name: u.name })}
                  onClick={() => (setUnits((list) => list.filter((x) => x.id !== u.id)), setResult(null))}
                >
                  <X className="h-3.5 w-3.5" aria-hidden />
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">{t("follows.none")}</p>
      )}
      {editable ? (
        <div className="flex flex-wrap items-start gap-2">
          <div className="min-w-64 flex-1">
            <SearchList
              placeholder={t("follows.addPlaceholder")}
              search={search}
              isDisabled={(n) => units.some((u) => u.id === n.id)}
              onPick={(n) => (setUnits((list) => [...list, n]), setResult(null))}
              render={(n) => <NodeLabel node={n} />}
            />
          </div>
          <Button onClick={save} disabled={!dirty || pending}>
            {pending ? c("saving") : t("follows.save")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
