import "server-only";
import type { MemberRoleKind } from "../generated/prisma/enums";
import type { Actor } from "../access/actor";
import { notFound } from "../access/errors";
import { nodesIn, requireScope, tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";

// 四员 (pioneer, publicist, demonstrator, supervisor) and 党员责任岗: what a party member takes on in the campaign.

async function findMember(tx: Tx, actor: Actor, personId: string) {
  const scope = requireScope(actor, "duty.manage");
  const p = await tx.person.findFirst({ where: { id: personId, tenantId: tenantOf(actor), node: nodesIn(scope) }, select: { id: true, nodeId: true } });
  if (!p) throw notFound();
  return p;
}

export async function setMemberRole({ actor, personId, role, on }: { actor: Actor; personId: string; role: MemberRoleKind; on: boolean }) {
  return inTenant(actor, async (tx) => {
    const p = await findMember(tx, actor, personId);
    const tenantId = tenantOf(actor);
    if (on) await tx.memberRole.createMany({ data: [{ tenantId, personId: p.id, role }], skipDuplicates: true });
    else await tx.memberRole.deleteMany({ where: { tenantId, personId: p.id, role } });
    await audit(tx, actor, { action: on ? "memberRole.add" : "memberRole.remove", entityType: "MemberRole", entityId: p.id, nodeId: p.nodeId, after: { role } });
    return { personId: p.id };
  });
}

/** The tenant's duty posts (any staff may read them; only the tenant's administrators change them). */
export async function listDutyPosts({ actor }: { actor: Actor }) {
  requireScope(actor, "duty.read");
  return inTenant(actor, (tx) =>
    tx.dutyPost.findMany({ where: { tenantId: tenantOf(actor), archived: false }, select: { id: true, name: true, _count: { select: { holders: true } } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
  );
}

export async function createDutyPost({ actor, name }: { actor: Actor; name: string }) {
  requireScope(actor, "tenant.settings");
  return inTenant(actor, async (tx) => {
    const row = await tx.dutyPost.create({ data: { tenantId: tenantOf(actor), name }, select: { id: true } });
    await audit(tx, actor, { action: "dutyPost.create", entityType: "DutyPost", entityId: row.id, after: { name } });
    return row;
  });
}

export async function setPostHolder({ actor, postId, personId, on }: { actor: Actor; postId: string; personId: string; on: boolean }) {
  return inTenant(actor, async (tx) => {
    const p = await findMember(tx, actor, personId);
    const tenantId = tenantOf(actor);
    const post = await tx.dutyPost.findFirst({ where: { id: postId, tenantId, archived: false }, select: { id: true, name: true } });
    if (!post) throw notFound();
    if (on) await tx.dutyPostHolder.createMany({ data: [{ tenantId, postId: post.id, personId: p.id }], skipDuplicates: true });
    else await tx.dutyPostHolder.deleteMany({ where: { tenantId, postId: post.id, personId: p.id } });
    await audit(tx, actor, { action: on ? "dutyPost.assign" : "dutyPost.unassign", entityType: "DutyPostHolder", entityId: p.id, nodeId: p.nodeId, after: { post: post.name } });
    return { personId: p.id };
  });
}

/** Party members of a unit with their 四员 roles, duty posts and the bin points they answer for. */
export async function listMemberDuties({ actor, nodeId }: { actor: Actor; nodeId: string }) {
  const scope = requireScope(actor, "duty.read");
  return inTenant(actor, async (tx) => {
    const tenantId = tenantOf(actor);
    const node = await tx.orgNode.findFirst({ where: { id: nodeId, tenantId, ...nodesIn(scope) }, select: { id: true, name: true, path: true } });
    if (!node) throw notFound();
    const rows = await tx.person.findMany({
      where: { tenantId, isPartyMember: true, leftAt: null, node: { path: { startsWith: node.path } } },
      select: {
        id: true,
        name: true,
        node: { select: { name: true } },
        memberRoles: { select: { role: true } },
        dutyPosts: { select: { post: { select: { id: true, name: true } } } },
        binPointsAsMember: { where: { archived: false }, select: { id: true, name: true } },
      },
      orderBy: { name: "asc" },
      take: 1000,
    });
    return { node, rows: rows.map((r) => ({ ...r, roles: r.memberRoles.map((m) => m.role), posts: r.dutyPosts.map((d) => d.post) })) };
  });
}
