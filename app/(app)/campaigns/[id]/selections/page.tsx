import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listSelections } from "@/lib/campaigns/selections/selections";
import { builtInTemplate } from "@/lib/campaigns/templates";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { NewSelectionButton } from "@/components/campaigns/selection-forms";

export default async function SelectionsPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const d = await orNotFound(listSelections({ actor, campaignId: id }));
  const c = d.campaign;
  const day = (x: Date) => format.dateTime(x, { dateStyle: "medium" });
  const suggested = builtInTemplate(c.templateKey ?? "")?.structure.selections ?? [];
  return (
    <Card>
      <CardHeader title={t("selections.title")} description={t("selections.hint")} actions={c.can.manage && c.status !== "CLOSED" ? <NewSelectionButton campaignId={c.id} suggestions={suggested} /> : null} />
      {d.rows.length === 0 ? (
        <EmptyState title={t("selections.empty")} />
      ) : (
        <Table>
          <thead className="bg-slate-50">
            <tr>
              <Th>{t("selections.selection")}</Th>
              <Th>{t("selections.kind")}</Th>
              <Th>{t("selections.nominationEnds")}</Th>
              <Th>{t("selections.voting")}</Th>
              <Th className="text-right">{t("selections.nominations")}</Th>
              <Th>{t("selections.phase")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="selections">
            {d.rows.map((s) => (
              <tr key={s.id} className="hover:bg-slate-50">
                <Td><Link href={`/campaigns/${c.id}/selections/${s.id}`} className="font-medium text-slate-900 hover:text-brand-700">{s.title}</Link></Td>
                <Td>{t(`selections.kinds.${s.kind}`)}</Td>
                <Td className="tabular-nums text-slate-600">{day(s.nominationEndsAt)}</Td>
                <Td className="tabular-nums text-slate-600">{day(s.votingStartsAt)} – {day(s.votingEndsAt)}</Td>
                <Td className="text-right tabular-nums">{s._count.nominations}</Td>
                <Td><Badge tone={s.phase === "VOTING" ? "green" : s.phase === "PUBLISHED" ? "blue" : "slate"}>{t(`selections.phases.${s.phase}`)}</Badge></Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
