import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listPublishedForMe } from "@/lib/redlist/lists";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("redlist.m"))("title") };
}

/** 红黑榜 published for where I live. */
export default async function MyRedListPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("redlist");
  const lists = await listPublishedForMe({ actor });
  if (!lists.length) return <Card><EmptyState title={t("m.empty")} /></Card>;
  return (
    <div className="space-y-4">
      {lists.map((l) => (
        <Card key={l.id} className="p-4">
          <h2 className="text-sm font-semibold text-slate-900">{t("m.heading", { name: l.node.name, month: l.month })}</h2>
          {(["RED", "BLACK"] as const).map((side) => (
            <div key={side} className="mt-3">
              <p className={`text-xs font-semibold ${side === "RED" ? "text-red-700" : "text-slate-700"}`}>{t(`side.${side}`)}</p>
              <ul className="mt-1 space-y-1 text-sm">
                {l.entries.filter((e) => e.side === side).map((e) => (
                  <li key={e.id} className="flex justify-between">
                    <span>{e.label}{e.reason ? <span className="text-xs text-slate-500"> · {e.reason}</span> : null}</span>
                    {e.rate !== null ? <span className="tabular-nums text-slate-600">{(e.rate / 10).toFixed(1)}%</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Card>
      ))}
    </div>
  );
}
