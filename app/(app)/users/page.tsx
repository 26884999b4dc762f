import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Plus, Search } from "lucide-react";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { ROLE_RANK } from "@/lib/access/permissions";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listUsers } from "@/lib/users/read-users";
import { listUsersSchema } from "@/lib/users/schemas";
import { Badge } from "@/components/ui/badge";
import { LinkButton, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const parsed = listUsersSchema.safeParse(sp);
  const query = parsed.success ? parsed.data : listUsersSchema.parse({});
  const [t, tRoles, format] = await Promise.all([getTranslations("users"), getTranslations("roles"), getFormatter()]);
  const res = await orNotFound(listUsers({ actor, q: query.q, page: query.page, pageSize: query.pageSize }));
  const mayWrite = can(actor, "users.write");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          mayWrite ? (
            <LinkButton href="/users/new" variant="primary" data-testid="new-user">
              <Plus className="h-4 w-4" aria-hidden />
              {t("new.button")}
            </LinkButton>
          ) : null
        }
      />
      <Card>
        <form className="flex flex-wrap items-center gap-2 border-b border-slate-100 px-4 py-3" role="search">
          <div className="relative w-full max-w-sm">
            <Search className="pointer-events-none absolute left-2.5 top-2.5 h-4 w-4 text-slate-500" aria-hidden />
            <Input name="q" type="search" defaultValue={query.q} placeholder={t("searchPlaceholder")} aria-label={t("searchPlaceholder")} className="pl-8" />
          </div>
          <button type="submit" className={buttonClass("secondary", "md")}>{t("search")}</button>
          {query.q ? (
            <Link href="/users" className="text-sm text-slate-500 hover:text-slate-700">{t("clearSearch")}</Link>
          ) : null}
        </form>
        {res.rows.length === 0 ? (
          <EmptyState title={query.q ? t("emptySearch", { q: query.q }) : t("empty")} hint={mayWrite && !query.q ? t("emptyHint") : undefined} />
        ) : (
          <Table>
            <thead className="bg-slate-50">
              <tr>
                <Th>{t("fields.username")}</Th>
                {/* On a phone: the account (its name under it), roles and status. */}
                <Th className="hidden sm:table-cell">{t("fields.displayName")}</Th>
                <Th className="hidden md:table-cell">{t("fields.person")}</Th>
                <Th>{t("fields.roles")}</Th>
                <Th>{t("fields.status")}</Th>
                <Th className="hidden md:table-cell">{t("fields.lastSignIn")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 bg-white">
              {res.rows.map((u) => (
                <tr key={u.id} className="hover:bg-slate-50" data-testid="user-row">
                  <Td>
                    <Link href={`/users/${u.id}`} className="font-medium text-brand-700 hover:underline">{u.username}</Link>
                    <p className="text-xs text-slate-500 sm:hidden">{u.displayName}</p>
                  </Td>
                  <Td className="hidden whitespace-nowrap sm:table-cell">{u.displayName}</Td>
                  <Td className="hidden md:table-cell">
                    {u.person ? (
                      <span>
                        {u.person.name}
                        <span className="ml-1 text-xs text-slate-500">{u.person.node.name}</span>
                      </span>
                    ) : (
                      <span className="text-slate-500">—</span>
                    )}
                  </Td>
                  <Td>
                    <div className="flex flex-wrap gap-1">
                      {[...u.roles]
                        .sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role])
                        .map((r) => (
                          <Badge key={r.id} tone={r.role === "TENANT_ADMIN" ? "red" : r.role === "MEMBER" ? "slate" : "blue"}>
                            {tRoles(r.role)} · {r.node.name}
                          </Badge>
                        ))}
                    </div>
                  </Td>
                  <Td className="whitespace-nowrap">
                    {u.disabled ? (
                      <Badge tone="red">{t("status.disabled")}</Badge>
                    ) : u.mustChangePassword ? (
                      <Badge tone="amber">{t("status.mustChange")}</Badge>
                    ) : (
                      <Badge tone="green">{t("status.active")}</Badge>
                    )}
                  </Td>
                  <Td className="hidden whitespace-nowrap tabular-nums text-slate-500 md:table-cell">
                    {u.lastSignInAt ? format.dateTime(u.lastSignInAt, { dateStyle: "short", timeStyle: "short" }) : t("never")}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {res.total > res.pageSize ? (
          <Pagination page={res.page} pageSize={res.pageSize} total={res.total} path="/users" params={{ q: query.q || undefined }} />
        ) : null}
      </Card>
    </>
  );
}
