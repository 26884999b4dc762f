import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listFollowUpCandidates } from "@/lib/inspections/rectifications";
import { searchNodes } from "@/lib/org/read-nodes";
import { now } from "@/lib/time/clock";
import { FollowUpForm } from "@/components/inspections/follow-up-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inspections.follow"))("title") };
}

const day = (d: Date) => new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", month: "numeric", day: "numeric" }).format(d);

/** 回访抽查 on the phone: choose a unit, then confirm or reopen its rectification items. */
export default async function FollowUpPage({ searchParams }: { searchParams: Promise<{ node?: string; q?: string }> }) {
  const actor = await requirePageActor();
  const t = await getTranslations("inspections");
  if (!can(actor, "inspections.record")) return <EmptyState title={t("followUp")} hint={(await getTranslations("errors"))("forbidden")} />;
  const sp = await searchParams;
  const at = await now();
  if (!sp.node) {
    const nodes = await searchNodes({ actor, q: sp.q ?? "", limit: 30, permission: "org.read" });
    return (
      <div className="space-y-3">
        <h1 className="px-1 text-lg font-semibold">{t("follow.title")}</h1>
        <p className="px-1 text-sm text-slate-500">{t("follow.description")}</p>
        <form className="px-1"><input name="q" defaultValue={sp.q ?? ""} placeholder={t("follow.pickUnit")} className="block w-full rounded-md px-3 py-2 text-sm ring-1 ring-slate-300" /></form>
        <Card>
          <ul className="divide-y divide-slate-100">
            {nodes.map((n) => (
              <li key={n.id}><Link href={`/m/inspections/follow-up?node=${n.id}`} className="flex justify-between px-4 py-3 text-sm active:bg-slate-50"><span>{n.name}</span><span className="text-xs text-slate-500">{n.kind.name}</span></Link></li>
            ))}
          </ul>
        </Card>
      </div>
    );
  }
  const c = await orNotFound(listFollowUpCandidates({ actor, nodeId: sp.node, now: at }));
  return (
    <div className="space-y-3">
      <h1 className="px-1 text-lg font-semibold">{t("follow.title")} · {c.node.name}</h1>
      {c.rows.length ? (
        <FollowUpForm nodeId={c.node.id} items={c.rows.map((r) => ({ id: r.id, description: r.description, nodeName: r.node.name, deadline: day(r.deadline), state: r.state, doneNote: r.doneNote }))} />
      ) : (
        <Card><EmptyState title={t("follow.none")} /></Card>
      )}
    </div>
  );
}
