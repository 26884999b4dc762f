import { getFormatter, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { getLetter } from "@/lib/campaigns/letters/letters";
import { confirmReceiptAction, publishLetterAction } from "@/app/actions/campaigns";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th } from "@/components/ui/table";
import { ActionButton } from "@/components/campaigns/action-button";
import { LetterHtml } from "@/components/campaigns/html-block";
import { LetterEditor } from "@/components/campaigns/letter-editor";

export default async function LetterPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor();
  const { id } = await params;
  const [t, format] = await Promise.all([getTranslations("campaigns"), getFormatter()]);
  const l = await orNotFound(getLetter({ actor, campaignId: id }));
  const c = l.campaign;
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const editable = c.can.manage && !l.publishedAt && c.status !== "CLOSED";
  const missing = l.receipts.filter((r) => !r.receivedAt);
  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_26rem]">
      <div className="space-y-6">
        {editable ? (
          <Card>
            <CardHeader
              title={t("letter.edit")}
              description={t("letter.editHint")}
              actions={
                l.html ? (
                  c.status === "RUNNING" ? (
                    <ActionButton action={publishLetterAction} input={{ campaignId: c.id }} variant="primary" size="md" testId="publish-letter">
                      {t("letter.publish")}
                    </ActionButton>
                  ) : (
                    <span className="text-xs text-slate-500">{t("letter.startFirst")}</span>
                  )
                ) : null
              }
            />
            <CardBody>
              <LetterEditor campaignId={c.id} title={l.title ?? ""} html={l.html ?? ""} />
            </CardBody>
          </Card>
        ) : null}
        <Card>
          <CardHeader
            title={l.title ?? t("letter.title")}
            description={l.publishedAt ? t("letter.publishedAt", { when: when(l.publishedAt) }) : t("letter.notPublished")}
            actions={l.publishedAt ? <Badge tone="green">{t("letter.published")}</Badge> : <Badge>{t("letter.draft")}</Badge>}
          />
          <CardBody>
            {l.html ? <div data-testid="letter-body"><LetterHtml html={l.html} /></div> : <EmptyState title={t("letter.empty")} />}
          </CardBody>
        </Card>
      </div>
      <Card>
        <CardHeader
          title={t("letter.receipts")}
          description={l.publishedAt ? t("letter.receiptSummary", { confirmed: l.confirmed, total: l.receipts.length }) : t("letter.receiptsAfterPublish")}
        />
        {l.publishedAt && missing.length ? (
          <CardBody className="pb-0">
            <Alert tone="info">{t("letter.missing", { n: missing.length, names: missing.slice(0, 6).map((r) => r.node.name).join("、") })}</Alert>
          </CardBody>
        ) : null}
        {l.receipts.length === 0 ? (
          <EmptyState title={t("overview.noUnits")} />
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("fields.unit")}</Th>
                <Th>{t("letter.receipt")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="receipts">
              {l.receipts.map((r) => (
                <tr key={r.id} data-testid={`receipt-${r.node.id}`}>
                  <Td style={{ paddingLeft: `${0.75 + Math.max(0, r.node.depth - 1)}rem` }}>{r.node.name}</Td>
                  <Td>
                    {r.receivedAt ? (
                      <span className="text-xs text-green-700">{t("letter.confirmedAt", { when: when(r.receivedAt) })}</span>
                    ) : l.publishedAt && r.mine && c.can.unit ? (
                      <ActionButton action={confirmReceiptAction} input={{ campaignId: c.id, nodeId: r.node.id }} variant="primary" testId={`confirm-${r.node.id}`}>
                        {t("letter.confirm")}
                      </ActionButton>
                    ) : (
                      <Badge tone={l.publishedAt ? "amber" : "slate"}>{t("letter.pending")}</Badge>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
