import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { minutesToHours } from "@/lib/duty/time";
import { getStatement } from "@/lib/points/statement";
import { ReverseEntry } from "@/components/points/reverse-entry";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

/** One ledger: both balances and every entry; corrections are reversing entries, never edits. */
export default async function AccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const actor = await requirePageActor();
  const { accountId } = await params;
  const t = await getTranslations("points");
  const format = await getFormatter();
  const { account, entries } = await orNotFound(getStatement({ actor, accountId }));
  const manage = can(actor, "points.manage");
  const who = account.person?.name ?? `${account.card?.number} ${account.card?.holderName}`;
  return (
    <>
      <PageHeader title={who} description={t("accounts.balances", { points: account.points, hours: minutesToHours(account.minutes) })} />
      <Card>
        <CardHeader title={t("accounts.entries")} description={t("accounts.appendOnly")} />
        <Table>
          <thead>
            <tr>
              <Th>{t("accounts.time")}</Th>
              <Th>{t("accounts.kind")}</Th>
              <Th>{t("accounts.what")}</Th>
              <Th className="text-right">{t("accounts.amount")}</Th>
              <Th />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="ledger-entries">
            {entries.map((e) => (
              <tr key={e.id}>
                <Td className="whitespace-nowrap text-xs">{format.dateTime(e.createdAt, { dateStyle: "short", timeStyle: "short" })}</Td>
                <Td><Badge tone={e.kind === "REVERSAL" ? "amber" : e.amount > 0 ? "green" : "slate"}>{t(`kind.${e.kind}`)}</Badge></Td>
                <Td>{e.ruleName ?? e.memo ?? "—"}{e.reversed ? <span className="ml-1 text-xs text-amber-700">{t("accounts.reversed")}</span> : null}</Td>
                <Td className={`text-right tabular-nums ${e.amount > 0 ? "text-green-700" : "text-red-600"}`}>
                  {e.currency === "POINTS" ? `${e.amount > 0 ? "+" : ""}${e.amount}` : `${e.amount > 0 ? "+" : ""}${minutesToHours(e.amount)} h`}
                </Td>
                <Td className="text-right">{manage && !e.reversed && ["CLAIM", "AWARD", "DEPOSIT", "ADJUSTMENT"].includes(e.kind) ? <ReverseEntry entryId={e.id} /> : null}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
