import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { requirePageActor } from "@/lib/auth/current-actor";
import { dayKeyOfDateColumn, minutesToHours } from "@/lib/duty/time";
import { listCards } from "@/lib/points/cards";
import { listClaims } from "@/lib/points/claims";
import { listRules } from "@/lib/points/rules";
import { AUDIENCES, CAP_PERIODS, CATEGORIES } from "@/lib/points/schemas";
import { listAccounts } from "@/lib/points/statement";
import { archiveRuleAction, confirmClaimAction, createRuleAction, rejectClaimAction, verifyClaimAction } from "@/app/actions/points";
import { ActionButton } from "@/components/duty/action-button";
import { ActionForm } from "@/components/duty/action-form";
import { RejectForm } from "@/components/duty/reject-form";
import { IssueCard } from "@/components/points/issue-card";
import { Tabs } from "@/components/points/tabs";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field, Input, Select } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("points") };
}

const CLAIM_TONE = { SUBMITTED: "amber", VERIFIED: "blue", CONFIRMED: "green", REJECTED: "red" } as const;

/** 积分: the review queue, the rulebook, points cards and the accounts' ledgers. */
export default async function PointsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const t = await getTranslations("points");
  const tab = ["claims", "rules", "cards", "accounts"].includes(sp.tab ?? "") ? sp.tab! : "claims";
  const tabs = [
    { key: "claims", label: t("tabs.claims") },
    { key: "rules", label: t("tabs.rules") },
    { key: "cards", label: t("tabs.cards") },
    { key: "accounts", label: t("tabs.accounts") },
  ];
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Tabs tabs={tabs} current={tab} base="/points" />
      {tab === "claims" ? <ClaimsTab actor={actor} status={sp.status} /> : null}
      {tab === "rules" ? <RulesTab actor={actor} /> : null}
      {tab === "cards" ? <CardsTab actor={actor} q={sp.q ?? ""} /> : null}
      {tab === "accounts" ? <AccountsTab actor={actor} q={sp.q ?? ""} /> : null}
    </>
  );
}

type A = { actor: Awaited<ReturnType<typeof requirePageActor>> };

async function ClaimsTab({ actor, status }: A & { status?: string }) {
  const t = await getTranslations("points");
  const filter = (["OPEN", "CONFIRMED", "REJECTED"] as const).find((s) => s === status) ?? "OPEN";
  const res = await listClaims({ actor, status: filter });
  // What was claimed, with the claimant's note and photos (the evidence a verifier looks at).
  const claimed = (c: (typeof res.rows)[number]) => (
    <>
      {c.rule.name}
      {c.note ? <p className="text-xs text-slate-500">{c.note}</p> : null}
      {c.photoIds.length ? <p className="text-xs">{c.photoIds.map((id, i) => <a key={id} href={`/api/files/${id}`} target="_blank" rel="noreferrer" className="mr-1 text-brand-700">{t("claims.photo", { n: i + 1 })}</a>)}</p> : null}
    </>
  );
  return (
    <Card>
      <CardHeader
        title={t("claims.title", { count: res.total })}
        description={t("claims.steps", { steps: res.steps.map((s) => t(`claims.step.${s}`)).join(" → ") || t("claims.noReview") })}
        actions={(["OPEN", "CONFIRMED", "REJECTED"] as const).map((s) => (
          <Link key={s} href={`/points?tab=claims&status=${s}`} className={`rounded px-2 py-1 text-sm ${s === filter ? "bg-brand-50 font-medium text-brand-700" : "text-slate-600"}`}>{t(`claims.filter.${s}`)}</Link>
        ))}
      />
      {res.rows.length ? (
        <Table>
          <thead>
            <tr>
              <Th>{t("claims.who")}</Th>
              <Th className="hidden sm:table-cell">{t("claims.rule")}</Th>
              <Th className="text-right">{t("claims.points")}</Th>
              <Th className="hidden sm:table-cell">{t("claims.date")}</Th>
              <Th>{t("claims.status")}</Th>
              <Th />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="claims-table">
            {res.rows.map((c) => (
              <tr key={c.id} data-testid={`claim-${c.id}`}>
                <Td>
                  <p className="font-medium text-slate-900">{c.account.person?.name ?? `${c.account.card?.number} ${c.account.card?.holderName}`}</p>
                  <p className="text-xs text-slate-500">{c.account.person?.node.name ?? c.account.card?.node.name} · {t(`claims.origin.${c.origin}`)}</p>
                  {/* On a phone what was claimed (with its note and photos) and when go under the claimant. */}
                  <div className="mt-1 text-sm sm:hidden">
                    {claimed(c)}
                    <p className="text-xs tabular-nums text-slate-500">{dayKeyOfDateColumn(c.occurredOn)}</p>
                  </div>
                </Td>
                <Td className="hidden sm:table-cell">{claimed(c)}</Td>
                <Td className={`text-right tabular-nums ${c.points > 0 ? "text-green-700" : "text-red-600"}`}>{c.points > 0 ? `+${c.points}` : c.points}</Td>
                <Td className="hidden whitespace-nowrap text-xs sm:table-cell">{dayKeyOfDateColumn(c.occurredOn)}</Td>
                <Td><Badge tone={CLAIM_TONE[c.status]}>{t(`claimStatus.${c.status}`)}</Badge>{c.rejectReason ? <p className="text-xs text-slate-500">{c.rejectReason}</p> : null}</Td>
                <Td className="whitespace-nowrap text-right">
                  <span className="inline-flex gap-1">
                    {c.canVerify ? <ActionButton action={verifyClaimAction} input={{ claimId: c.id }} label={t("claims.verify")} variant="primary" testId={`verify-claim-${c.id}`} /> : null}
                    {c.canConfirm ? <ActionButton action={confirmClaimAction} input={{ claimId: c.id }} label={t("claims.confirm")} variant="primary" testId={`confirm-claim-${c.id}`} /> : null}
                    {c.canVerify || c.canConfirm ? <RejectForm action={rejectClaimAction} input={{ claimId: c.id }} testId={`reject-claim-${c.id}`} /> : null}
                  </span>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={t("claims.empty")} />
      )}
    </Card>
  );
}

async function RulesTab({ actor }: A) {
  const t = await getTranslations("points");
  const rules = await listRules({ actor, includeArchived: true });
  const manage = can(actor, "points.manage");
  return (
    <div className="grid gap-5 xl:grid-cols-[1fr_24rem]">
      <Card>
        <Table>
          <thead>
            <tr>
              <Th>{t("rules.category")}</Th>
              <Th>{t("rules.name")}</Th>
              <Th className="text-right">{t("rules.points")}</Th>
              <Th>{t("rules.audience")}</Th>
              <Th>{t("rules.cap")}</Th>
              <Th />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="rules-table">
            {rules.map((r) => (
              <tr key={r.id} className={r.archived ? "opacity-50" : ""}>
                <Td>{t(`category.${r.category}`)}</Td>
                <Td>{r.name}{r.description ? <p className="text-xs text-slate-500">{r.description}</p> : null}</Td>
                <Td className={`text-right tabular-nums ${r.points > 0 ? "text-green-700" : "text-red-600"}`}>{r.points > 0 ? `+${r.points}` : r.points}</Td>
                <Td className="text-xs">{t(`audience.${r.audience}`)}</Td>
                <Td className="text-xs">{r.cap && r.capPeriod ? t("capText", { cap: r.cap, period: t(`period.${r.capPeriod}`) }) : "—"}</Td>
                <Td>{manage ? <ActionButton action={archiveRuleAction} input={{ ruleId: r.id, archived: !r.archived }} label={r.archived ? t("rules.restore") : t("rules.archive")} variant="ghost" /> : null}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
        {!rules.length ? <EmptyState title={t("rules.empty")} /> : null}
      </Card>
      {manage ? (
        <Card className="self-start">
          <CardHeader title={t("rules.new")} description={t("rules.newHint")} />
          <CardBody>
            <ActionForm action={createRuleAction} submitLabel={t("rules.create")} fieldLabels={{ name: t("rules.name"), points: t("rules.points"), cap: t("rules.cap"), capPeriod: t("rules.capPeriod") }}>
              <Field label={t("rules.category")} htmlFor="r-cat"><Select id="r-cat" name="category">{CATEGORIES.map((c) => <option key={c} value={c}>{t(`category.${c}`)}</option>)}</Select></Field>
              <Field label={t("rules.name")} htmlFor="r-name"><Input id="r-name" name="name" maxLength={60} required /></Field>
              <Field label={t("rules.description")} htmlFor="r-desc"><Input id="r-desc" name="description" maxLength={300} /></Field>
              <div className="grid grid-cols-2 gap-3">
                <Field label={t("rules.points")} htmlFor="r-pts" hint={t("rules.pointsHint")}><Input id="r-pts" name="points" type="number" min={-1000} max={1000} required /></Field>
                <Field label={t("rules.audience")} htmlFor="r-aud"><Select id="r-aud" name="audience">{AUDIENCES.map((a) => <option key={a} value={a}>{t(`audience.${a}`)}</option>)}</Select></Field>
                <Field label={t("rules.cap")} htmlFor="r-cap"><Input id="r-cap" name="cap" type="number" min={1} /></Field>
                <Field label={t("rules.capPeriod")} htmlFor="r-per"><Select id="r-per" name="capPeriod"><option value="">—</option>{CAP_PERIODS.map((p) => <option key={p} value={p}>{t(`period.${p}`)}</option>)}</Select></Field>
              </div>
            </ActionForm>
          </CardBody>
        </Card>
      ) : null}
    </div>
  );
}

async function CardsTab({ actor, q }: A & { q: string }) {
  const t = await getTranslations("points");
  const res = await listCards({ actor, q });
  return (
    <div className="grid gap-5 xl:grid-cols-[1fr_22rem]">
      <Card>
        <form method="get" className="flex gap-2 border-b border-slate-100 px-4 py-3">
          <input type="hidden" name="tab" value="cards" />
          <Input name="q" defaultValue={q} placeholder={t("cards.search")} className="max-w-xs" aria-label={t("cards.search")} />
        </form>
        {res.rows.length ? (
          <Table>
            <thead>
              <tr>
                <Th>{t("cards.number")}</Th>
                <Th>{t("cards.holder")}</Th>
                <Th>{t("cards.unit")}</Th>
                <Th className="text-right">{t("cards.balance")}</Th>
                <Th />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="cards-table">
              {res.rows.map((c) => (
                <tr key={c.id}>
                  <Td className="font-mono">{c.number}{c.status === "REVOKED" ? <Badge tone="slate" className="ml-1">{t("cards.revoked")}</Badge> : null}</Td>
                  <Td>{c.holderName} <span className="text-xs text-slate-500">{[c.household.building, c.household.unit, c.household.room].filter(Boolean).join(" ")}</span></Td>
                  <Td className="text-slate-600">{c.node.name}</Td>
                  <Td className="text-right tabular-nums">{c.account ? <Link href={`/points/accounts/${c.account.id}`} className="hover:text-brand-700">{c.account.points}</Link> : 0}</Td>
                  <Td>{can(actor, "points.cards") ? <Link href={`/points/cards/${c.id}`} className="text-brand-700 hover:underline">{t("cards.print")}</Link> : null}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("cards.empty")} />
        )}
      </Card>
      {can(actor, "points.cards") ? (
        <Card className="self-start">
          <CardHeader title={t("cards.issueTitle")} description={t("cards.issueHint")} />
          <CardBody><IssueCard /></CardBody>
        </Card>
      ) : null}
    </div>
  );
}

async function AccountsTab({ actor, q }: A & { q: string }) {
  const t = await getTranslations("points");
  const res = await listAccounts({ actor, q });
  return (
    <Card>
      <form method="get" className="flex gap-2 border-b border-slate-100 px-4 py-3">
        <input type="hidden" name="tab" value="accounts" />
        <Input name="q" defaultValue={q} placeholder={t("accounts.search")} className="max-w-xs" aria-label={t("accounts.search")} />
      </form>
      {res.rows.length ? (
        <Table>
          <thead>
            <tr>
              <Th>{t("accounts.holder")}</Th>
              <Th>{t("cards.unit")}</Th>
              <Th className="text-right">{t("accounts.points")}</Th>
              <Th className="text-right">{t("accounts.hours")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {res.rows.map((a) => (
              <tr key={a.id}>
                <Td><Link href={`/points/accounts/${a.id}`} className="font-medium hover:text-brand-700">{a.person?.name ?? `${a.card?.number} ${a.card?.holderName}`}</Link></Td>
                <Td className="text-slate-600">{a.person?.node.name ?? a.card?.node.name}</Td>
                <Td className="text-right tabular-nums">{a.points}</Td>
                <Td className="text-right tabular-nums">{minutesToHours(a.minutes)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={t("accounts.empty")} />
      )}
    </Card>
  );
}
