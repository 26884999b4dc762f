import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getList } from "@/lib/redlist/lists";
import type { RedListRule } from "@/lib/redlist/draft-rule";
import { draftListAction, publishListAction, removeEntryAction, setModelHouseholdAction } from "@/app/actions/redlist";
import { ActionButton } from "@/components/duty/action-button";
import { AddHousehold } from "@/components/redlist/add-household";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export default async function RedListDetailPage({ params }: { params: Promise<{ listId: string }> }) {
  const actor = await requirePageActor();
  const { listId } = await params;
  const t = await getTranslations("redlist");
  const list = await orNotFound(getList({ actor, listId }));
  const rule = list.rule as RedListRule;
  return (
    <>
      <PageHeader
        title={t("detailTitle", { name: list.node.name, month: list.month })}
        description={t("ruleText", { top: rule.topN, bottom: rule.bottomN, min: rule.minObserved })}
        actions={
          list.canManage ? (
            <>
              <ActionButton action={draftListAction} input={{ nodeId: list.nodeId, month: list.month }} label={t("redraft")} />
              <ActionButton action={publishListAction} input={{ listId: list.id }} label={t("publish")} variant="primary" confirmText={t("publishConfirm")} testId="publish-list" />
            </>
          ) : (
            <Badge tone={list.status === "PUBLISHED" ? "green" : "amber"}>{t(`statusName.${list.status}`)}</Badge>
          )
        }
      />
      <div className="grid gap-5 xl:grid-cols-3">
        {(["RED", "BLACK"] as const).map((side) => (
          <Card key={side}>
            <CardHeader title={<span className={side === "RED" ? "text-red-700" : ""}>{t(`side.${side}`)}</span>} />
            <ul className="divide-y divide-slate-100 px-4 text-sm" data-testid={`entries-${side}`}>
              {list.entries.filter((e) => e.side === side).map((e) => (
                <li key={e.id} className="flex items-center justify-between gap-2 py-2">
                  <span>{e.label}{e.reason ? <span className="text-xs text-slate-500"> · {e.reason}</span> : null}{e.rate !== null ? <span className="ml-1 text-xs text-slate-500">{(e.rate / 10).toFixed(1)}%（{e.observed}）</span> : null}</span>
                  <span className="flex gap-1">
                    {list.canManage && e.householdId && side === "RED" ? <ActionButton action={setModelHouseholdAction} input={{ householdId: e.householdId, on: true, note: e.reason ?? "" }} label={t("markModel")} variant="ghost" /> : null}
                    {list.canManage ? <ActionButton action={removeEntryAction} input={{ entryId: e.id }} label={t("remove")} variant="ghost" /> : null}
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ))}
        {list.canManage ? (
          <Card className="self-start">
            <CardHeader title={t("addTitle")} />
            <CardBody><AddHousehold listId={list.id} nodeId={list.nodeId} /></CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}
