import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/access/actor";
import { orNotFound } from "@/lib/access/page";
import { requirePageActor } from "@/lib/auth/current-actor";
import { listFilterNodes } from "@/lib/duty/filter-nodes";
import { listDutyPosts, listMemberDuties } from "@/lib/duty/roles";
import { MEMBER_ROLES } from "@/lib/duty/schemas";
import { createDutyPostAction, setMemberRoleAction, setPostHolderAction } from "@/app/actions/duty";
import { ActionButton } from "@/components/duty/action-button";
import { ActionForm } from "@/components/duty/action-form";
import { NodeFilter } from "@/components/duty/node-filter";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("duty.members"))("title") };
}

/** 四员 and 党员责任岗: which role and post each party member of a unit holds (toggle by click). */
export default async function DutyMembersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePageActor();
  const sp = await searchParams;
  const t = await getTranslations("duty.members");
  const tr = await getTranslations("duty.roles");
  const nodes = await listFilterNodes({ actor, permission: "duty.read" });
  if (!nodes.length) return <EmptyState title={t("empty")} />;
  const node = nodes.find((n) => n.id === sp.nodeId) ?? nodes[0];
  const [data, posts] = await Promise.all([orNotFound(listMemberDuties({ actor, nodeId: node.id })), listDutyPosts({ actor })]);
  const manage = can(actor, "duty.manage");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <Card className="mb-5"><CardBody><NodeFilter nodes={nodes} nodeId={node.id} /></CardBody></Card>
      <Card>
        {data.rows.length ? (
          <Table>
            <thead>
              <tr>
                <Th>{t("member")}</Th>
                <Th>{t("roles")}</Th>
                <Th>{t("posts")}</Th>
                <Th>{t("binPoints")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.rows.map((m) => (
                <tr key={m.id}>
                  <Td>
                    <p className="font-medium text-slate-900">{m.name}</p>
                    <p className="text-xs text-slate-500">{m.node.name}</p>
                  </Td>
                  <Td>
                    <div className="flex flex-wrap gap-1">
                      {MEMBER_ROLES.map((r) => {
                        const on = m.roles.includes(r);
                        return manage ? (
                          <ActionButton key={r} action={setMemberRoleAction} input={{ personId: m.id, role: r, on: !on }} label={tr(r)} variant={on ? "primary" : "ghost"} size="sm" />
                        ) : on ? (
                          <span key={r} className="rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{tr(r)}</span>
                        ) : null;
                      })}
                    </div>
                  </Td>
                  <Td>
                    <div className="flex flex-wrap gap-1">
                      {posts.map((p) => {
                        const on = m.posts.some((x) => x.id === p.id);
                        return manage ? (
                          <ActionButton key={p.id} action={setPostHolderAction} input={{ postId: p.id, personId: m.id, on: !on }} label={p.name} variant={on ? "primary" : "ghost"} size="sm" />
                        ) : on ? (
                          <span key={p.id} className="rounded bg-sky-50 px-1.5 py-0.5 text-xs text-sky-700">{p.name}</span>
                        ) : null;
                      })}
                    </div>
                  </Td>
                  <Td className="text-xs text-slate-600">{m.binPointsAsMember.map((b) => b.name).join("、") || "—"}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <EmptyState title={t("empty")} />
        )}
      </Card>
      {can(actor, "tenant.settings") ? (
        <Card className="mt-5 max-w-xl">
          <CardHeader title={t("postsTitle")} description={posts.map((p) => p.name).join("、") || t("noPosts")} />
          <CardBody>
            <ActionForm action={createDutyPostAction} submitLabel={t("addPost")} className="flex items-end gap-2">
              <Input name="name" placeholder={t("postPlaceholder")} maxLength={30} aria-label={t("postPlaceholder")} />
            </ActionForm>
          </CardBody>
        </Card>
      ) : null}
    </>
  );
}
