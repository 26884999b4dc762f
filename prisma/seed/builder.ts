// Builds a tenant in memory (ids and materialized paths computed here) and writes it with a few createMany calls.
import type { PrismaClient, Role } from "../../lib/generated/prisma/client";
import { newId } from "../../lib/ids";
import { kindsFor, type TenantTemplate } from "../../lib/org/kind-templates";
import { childPath } from "../../lib/org/tree-rules";

export type BNode = { id: string; tenantId: string; kindId: string; kindCode: string; name: string; code: string | null; parentId: string | null; path: string; depth: number; sortOrder: number };
export type BPerson = { id: string; tenantId: string; nodeId: string; name: string; phone: string | null; isPartyMember: boolean; isUnionMember: boolean; isModelWorker: boolean; isVolunteer: boolean; isCadre: boolean; joinedAt: Date | null; note?: string | null };
export type BHousehold = { id: string; tenantId: string; nodeId: string; building: string | null; unit: string | null; room: string | null; headName: string; phone: string | null };

export class TenantBuilder {
  readonly tenantId = newId();
  readonly kinds: { id: string; tenantId: string; code: string; name: string; nameEn: string; parentCodes: string[]; allowRoot: boolean; holdsHouseholds: boolean; isUnit: boolean; sortOrder: number }[];
  readonly nodes: BNode[] = [];
  readonly people: BPerson[] = [];
  readonly households: BHousehold[] = [];
  readonly links: { id: string; tenantId: string; personId: string; householdId: string }[] = [];
  readonly users: { id: string; tenantId: string; username: string; displayName: string; phone: string | null; personId: string | null; passwordHash: string }[] = [];
  readonly roles: { id: string; tenantId: string; userId: string; nodeId: string; role: Role }[] = [];
  readonly follows: { id: string; tenantId: string; userId: string; nodeId: string }[] = [];
  private sort = new Map<string, number>();

  constructor(readonly code: string, readonly name: string, template: TenantTemplate) {
    this.kinds = kindsFor(template).map((k, i) => ({
      id: newId(),
      tenantId: this.tenantId,
      code: k.code,
      name: k.name,
      nameEn: k.nameEn,
      parentCodes: k.parentCodes,
      allowRoot: !!k.allowRoot,
      holdsHouseholds: !!k.holdsHouseholds,
      isUnit: !!k.isUnit,
      sortOrder: i,
    }));
  }

  node(kindCode: string, name: string, parent: BNode | null, code?: string): BNode {
    const kind = this.kinds.find((k) => k.code === kindCode);
    if (!kind) throw new Error(`kind ${kindCode} not in template`);
    if (parent ? !kind.parentCodes.includes(parent.kindCode) : !kind.allowRoot) {
      throw new Error(`${kindCode} may not sit under ${parent?.kindCode ?? "(root)"}`);
    }
    const id = newId();
    const key = parent?.id ?? "root";
    const sortOrder = (this.sort.get(key) ?? 0) + 1;
    this.sort.set(key, sortOrder);
    const n: BNode = {
      id,
      tenantId: this.tenantId,
      kindId: kind.id,
      kindCode,
      name,
      code: code ?? null,
      parentId: parent?.id ?? null,
      path: childPath(parent?.path ?? null, id),
      depth: parent ? parent.depth + 1 : 0,
      sortOrder,
    };
    this.nodes.push(n);
    return n;
  }

  person(node: BNode, p: Partial<Omit<BPerson, "id" | "tenantId" | "nodeId">> & { name: string }): BPerson {
    const row: BPerson = {
      id: newId(),
      tenantId: this.tenantId,
      nodeId: node.id,
      phone: null,
      isPartyMember: false,
      isUnionMember: false,
      isModelWorker: false,
      isVolunteer: false,
      isCadre: false,
      joinedAt: null,
      ...p,
    };
    this.people.push(row);
    return row;
  }

  household(node: BNode, h: Omit<BHousehold, "id" | "tenantId" | "nodeId">): BHousehold {
    const row = { id: newId(), tenantId: this.tenantId, nodeId: node.id, ...h };
    this.households.push(row);
    return row;
  }

  link(person: BPerson, household: BHousehold) {
    this.links.push({ id: newId(), tenantId: this.tenantId, personId: person.id, householdId: household.id });
  }

  user(u: { username: string; displayName: string; passwordHash: string; person?: BPerson; phone?: string | null; roles: [BNode, Role][]; follows?: BNode[] }) {
    const id = newId();
    this.users.push({ id, tenantId: this.tenantId, username: u.username, displayName: u.displayName, phone: u.phone ?? null, personId: u.person?.id ?? null, passwordHash: u.passwordHash });
    for (const [node, role] of u.roles) this.roles.push({ id: newId(), tenantId: this.tenantId, userId: id, nodeId: node.id, role });
    for (const node of u.follows ?? []) this.follows.push({ id: newId(), tenantId: this.tenantId, userId: id, nodeId: node.id });
    return id;
  }

  /** Owner connection: runs as the schema owner, which row-level security does not restrict. */
  async write(db: PrismaClient) {
    await db.$transaction(
      async (tx) => {
        await tx.tenant.create({ data: { id: this.tenantId, code: this.code, name: this.name } });
        await tx.orgKind.createMany({ data: this.kinds });
        await tx.orgNode.createMany({ data: this.nodes.map(({ kindCode: _k, ...n }) => n) });
        await tx.person.createMany({ data: this.people });
        await tx.household.createMany({ data: this.households });
        await tx.householdLink.createMany({ data: this.links });
        await tx.user.createMany({ data: this.users });
        await tx.roleAssignment.createMany({ data: this.roles });
        await tx.representativeFollow.createMany({ data: this.follows });
      },
      { timeout: 120_000 },
    );
  }
}
