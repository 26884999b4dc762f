// The isolation matrix's rules, derived from the permissions table (never restated by hand): how a target row
// relates to an actor (same node, descendant, ancestor, sibling, other tenant; followed or not; self or other),
// and whether the actor may touch it. Scopes that are not a plain subtree (a party branch working at its compound's
// bin points, rows hanging on two nodes, a member's own areas, the tenant's rulebook, a campaign's area, a report's
// review chain) are spelled out here as rules of their own, written from the documented behaviour, never by calling
// the code under test.
import type { Actor } from "@/lib/access/actor";
import { ROLE_SCOPE, roleHas, type Permission } from "@/lib/access/permissions";

export type Relation =
  | "same"
  | "descendant"
  | "ancestor"
  | "sibling"
  | "other-tenant"
  | "followed"
  | "followed-descendant"
  | "not-followed"
  | "self"
  | "other-person";

export type Target = {
  id: string;
  tenantId: string;
  /** Path of the node the row hangs on (rows without a node: the tenant root's path). */
  path: string;
  /** The person the row belongs to, for self-scoped rows. */
  personId?: string | null;
  /** The user the row belongs to (notifications, sign-ins). */
  userId?: string | null;
  /**
   * Rows that hang on more than one node, by name: a registration's unit and community, a link's party group and
   * area, a duty record's person and bin point. Only rules with `anchors` read them.
   */
  anchors?: Record<string, string>;
  /** Rows of a campaign: the campaign itself (path: its owner) or a row of it hanging on a node (path: that node). */
  campaign?: CampaignFacts;
  /** A submitted report: its review chain (node paths, bottom-up, as stored at submission) and the levels approved. */
  review?: { chain: string[]; approvedLevel: number };
  /** A document a node issues to the units below (a quarterly notice, a ranking): whether it is published yet. */
  issued?: { published: boolean };
};

/** What the campaign rules read of a campaign (prisma/schema.prisma, "campaigns"). */
export type CampaignFacts = {
  /** The owning node's path: its staff manage the campaign. */
  owner: string;
  /** The subtrees it reaches: the owner's (scope SUBTREE) or the chosen units' (scope UNITS). */
  area: string[];
  status: "DRAFT" | "RUNNING" | "CLOSED";
};

/** What the rules need to know of the world's tree beyond the actor: node kinds, 三联 links, the actors' people. */
export type Tree = {
  /** Kind code of every node of the factory's trees, by path. */
  kinds: Map<string, string>;
  /** BRANCH_AREA links (党支部联小区): the branch's path → the paths of the areas it is linked to. */
  branchAreas: Map<string, string[]>;
  /** The roster node path of each actor's own person. The world registers none of them for double reporting. */
  people: Map<string, string>;
};

/** Kinds of node that are an area with bin points, and the party organisations that work in the area they sit in. */
const AREA_KINDS = ["compound", "village", "community"];
const PARTY_KINDS = ["party_branch", "party_group"];

/** How a target relates to one grant of the actor. */
export function relationOf(actor: Actor, grantPath: string, scope: string, target: Target): Relation {
  if (target.tenantId !== actor.tenantId) return "other-tenant";
  if (scope === "self") return target.personId === actor.personId || (target.userId && target.userId === actor.userId) ? "self" : "other-person";
  if (scope === "followed") {
    const f = actor.followed.find((x) => target.path.startsWith(x.path));
    if (!f) return "not-followed";
    return f.path === target.path ? "followed" : "followed-descendant";
  }
  if (target.path === grantPath) return "same";
  if (target.path.startsWith(grantPath)) return "descendant";
  if (grantPath.startsWith(target.path)) return "ancestor";
  return "sibling";
}

const REACH: Record<string, Relation[]> = {
  subtree: ["same", "descendant"],
  followed: ["followed", "followed-descendant"],
  self: ["self"],
  global: [],
};

export type Rule = {
  permission: Permission;
  /** Other permissions that reach the row as well, each with its own scope (a station: its operators or points managers). */
  orPermissions?: Permission[];
  /** Structural ops (delete a node): the actor's own scope root is off limits. */
  strictlyInside?: boolean;
  /** Rows only their owner touches (notifications, sign-in history, a member's sign-ups): no role reaches another person's. */
  ownerOnly?: boolean;
  /** Tenant-wide rows (kinds, settings, duty posts, the points rulebook): any holder of the permission in the tenant. */
  tenantWide?: boolean;
  /** Everyone may read their own rows (their person record, their receipts, visits to households linked to them). */
  selfReadable?: boolean;
  /**
   * Bin-point work (bin points, duty records, ledgers, coverage, visits): the subtree, plus for a party branch or group
   * the area it sits in (its nearest compound, village or community above) and the areas it is linked to (三联,
   * BRANCH_AREA). Any other unit keeps its plain subtree: a compound does not reach its community's other compounds.
   */
  areaReach?: boolean;
  /** Rows on several nodes: reached when any (or all) of the named anchors is inside the reach (each with or without areaReach). */
  anchors?: { mode: "any" | "all"; of: { name: string; areaReach?: boolean }[] };
  /** Held at the root of the tenant's tree (the points rulebook belongs to the tenant's administrators). */
  rootOnly?: boolean;
  /**
   * The member's own areas (self-service: sign-ups, published red/black lists): the nearest compound, village or
   * community at or above their roster unit. "below": rows inside an area; "above": rows on the path from the root
   * down to their unit.
   */
  memberArea?: "below" | "above";
  /**
   * Campaigns (动员活动, lib/campaigns/scope.ts). `reach`: who reaches the campaign at all —
   *   manage: its owner node lies in the actor's campaigns.manage reach (drafts too: a draft is its managers' alone);
   *   staff: managed, or not a draft and its area meets the reach of `permission` (an area subtree inside the reach,
   *          or the reach inside the area: a district's campaign reaches every unit below the district);
   *   member: not a draft, and the actor's own person sits inside the area (members act only as their own person).
   * `row`: where the row itself (the target's path) must sit besides —
   *   view: in what the actor sees of the area (all of it for its managers, else the area ∩ their campaigns.read reach);
   *   unit: where they do the unit work (the area ∩ their campaigns.unit reach);
   *   unitOrManaged: `unit`, or anywhere in the area for its managers (a unit's public pledge page and its QR code);
   *   mine: on the way from the root down to the member's own unit (the activities a member may join).
   * `statuses`: the campaign statuses that accept the call (writes: a running campaign, or one not closed).
   */
  campaign?: { reach: "manage" | "staff" | "member"; row?: "view" | "unit" | "unitOrManaged" | "mine"; statuses?: CampaignFacts["status"][] };
  /**
   * A report's review (lib/reports, "review order"): reports are approved level by level, bottom-up; a reviewer acts
   * at the highest level of the report's chain inside their reports.review reach, and only when it is the level due
   * (every level below approved). The report must be in their reports.read reach.
   */
  reviewTurn?: boolean;
  /** Permissions the call needs held somewhere besides (an export needs export.run). */
  alsoHeld?: Permission[];
  /**
   * Documents a node issues to the units below (季通报, 考核排名; lib/notices, lib/rankings): its staff (the reach of any
   * of `staff` over the issuing node) see it in every state; readers (`permission`'s reach) see it once published,
   * when it was issued inside their reach or at a node above them (a street's notice reaches its communities).
   */
  issued?: { staff: Permission[] };
};

function depth(path: string) {
  return path.split("/").filter(Boolean).length;
}

/** Ancestors of a path, nearest first (not the path itself). */
function ancestorsOf(path: string): string[] {
  const ids = path.split("/").filter(Boolean);
  return ids.slice(0, -1).map((_, i) => `/${ids.slice(0, ids.length - 1 - i).join("/")}/`);
}

/** Where a permission reaches, as subtree roots, with the area extension when asked for. */
export function reachPaths(actor: Actor, permission: Permission, tree: Tree | undefined, area: boolean): string[] {
  const roots: string[] = [];
  for (const g of actor.grants) {
    if (!roleHas(g.role, permission)) continue;
    if (ROLE_SCOPE[g.role] === "subtree") roots.push(g.path);
    if (ROLE_SCOPE[g.role] === "followed") roots.push(...actor.followed.map((f) => f.path));
  }
  if (!area) return roots;
  if (!tree) throw new Error("areaReach needs the world's tree");
  const extra: string[] = [];
  for (const root of roots) {
    if (PARTY_KINDS.includes(tree.kinds.get(root) ?? "")) {
      const nearest = ancestorsOf(root).find((a) => AREA_KINDS.includes(tree.kinds.get(a) ?? ""));
      if (nearest) extra.push(nearest);
    }
    extra.push(...(tree.branchAreas.get(root) ?? []));
  }
  return [...roots, ...extra];
}

const inside = (path: string, roots: string[]) => roots.some((r) => path.startsWith(r));

/** Whether a path lies in the plain reach of any of the permissions. */
function permissionsReach(actor: Actor, permissions: Permission[], tree: Tree | undefined, path: string): boolean {
  return permissions.some((p) => inside(path, reachPaths(actor, p, tree, false)));
}

/** The member's areas: the nearest area at or above their roster unit. */
function memberAreas(actor: Actor, tree: Tree | undefined): { personPath: string; areas: string[] } | null {
  if (!actor.personId) return null;
  if (!tree) throw new Error("memberArea needs the world's tree");
  const personPath = tree.people.get(actor.personId);
  if (!personPath) throw new Error(`the world's tree does not know person ${actor.personId}`);
  const nearest = [personPath, ...ancestorsOf(personPath)].find((a) => AREA_KINDS.includes(tree.kinds.get(a) ?? ""));
  return { personPath, areas: nearest ? [nearest] : [] };
}

/** Whether the actor reaches a row of a campaign under `rule.campaign` (see Rule). */
function campaignAllows(actor: Actor, rule: Rule, target: Target, tree: Tree | undefined): boolean {
  const c = target.campaign;
  if (!c) throw new Error(`target ${target.id} has no campaign facts`);
  const { reach, row, statuses } = rule.campaign!;
  if (statuses && !statuses.includes(c.status)) return false;
  const held = (p: Permission) => actor.grants.some((g) => roleHas(g.role, p));
  if (!held(rule.permission)) return false;
  if (reach === "member") {
    if (c.status === "DRAFT" || !actor.personId) return false;
    if (!tree) throw new Error("member campaign rules need the world's tree");
    const me = tree.people.get(actor.personId);
    if (!me) throw new Error(`the world's tree does not know person ${actor.personId}`);
    if (!inside(me, c.area)) return false;
    return row === "mine" ? me.startsWith(target.path) : true;
  }
  const managed = inside(c.owner, reachPaths(actor, "campaigns.manage", tree, false));
  if (reach === "manage" && !managed) return false;
  if (reach === "staff" && !managed) {
    const mine = reachPaths(actor, rule.permission, tree, false);
    if (c.status === "DRAFT" || !c.area.some((a) => mine.some((r) => a.startsWith(r) || r.startsWith(a)))) return false;
  }
  const inArea = inside(target.path, c.area);
  const unit = inArea && inside(target.path, reachPaths(actor, "campaigns.unit", tree, false));
  switch (row) {
    case "view":
      return inArea && (managed || inside(target.path, reachPaths(actor, "campaigns.read", tree, false)));
    case "unit":
      return unit;
    case "unitOrManaged":
      return inArea && (managed || unit);
    default:
      return true;
  }
}

/** The level of a report's chain the actor reviews at: the highest inside their reports.review reach (0: none). */
function reviewLevelOf(actor: Actor, chain: string[], tree: Tree | undefined): number {
  const reach = reachPaths(actor, "reports.review", tree, false);
  let level = 0;
  chain.forEach((p, i) => {
    if (inside(p, reach)) level = i + 1;
  });
  return level;
}

/** The one place the expected outcome is decided: the permissions table plus the actor's reach. */
export function expectAllowed(actor: Actor, rule: Rule, target: Target, tree?: Tree): { allowed: boolean; relation: string } {
  const grant = actor.grants[0];
  const scope = ROLE_SCOPE[grant.role];
  const sameTenant = target.tenantId === actor.tenantId;
  const permissions = [rule.permission, ...(rule.orPermissions ?? [])];
  const holds = permissions.some((p) => actor.grants.some((g) => roleHas(g.role, p)));
  const inMemberArea = () => {
    const m = memberAreas(actor, tree);
    if (!m) return false;
    return rule.memberArea === "below" ? m.areas.some((a) => target.path.startsWith(a)) : m.personPath.startsWith(target.path);
  };

  if (rule.ownerOnly) {
    const relation = !sameTenant
      ? "other-tenant"
      : target.userId === actor.userId || (target.personId && target.personId === actor.personId)
        ? "self"
        : "other-person";
    return { allowed: relation === "self" && holds && (!rule.memberArea || inMemberArea()), relation };
  }

  let relation: string = relationOf(actor, grant.path, scope, target);
  let allowed: boolean;
  if (rule.tenantWide) {
    allowed = holds && sameTenant;
  } else if (rule.rootOnly) {
    allowed = sameTenant && actor.grants.some((g) => permissions.some((p) => roleHas(g.role, p)) && depth(g.path) === 1);
  } else if (rule.memberArea) {
    allowed = sameTenant && holds && inMemberArea();
    relation = `${relation}${allowed ? " (own area)" : ""}`;
  } else if (rule.campaign) {
    allowed = sameTenant && campaignAllows(actor, rule, target, tree);
    const c = target.campaign!;
    relation = `${relation} (campaign of ${relationOf(actor, grant.path, scope, { ...target, path: c.owner })}, ${c.status.toLowerCase()})`;
  } else if (rule.reviewTurn) {
    const r = target.review;
    if (!r) throw new Error(`target ${target.id} has no review chain`);
    const level = reviewLevelOf(actor, r.chain, tree);
    const readable = permissionsReach(actor, ["reports.read"], tree, target.path);
    allowed = sameTenant && readable && level > 0 && level === r.approvedLevel + 1;
    relation = `${relation} (reviews level ${level} of ${r.chain.length}, ${r.approvedLevel} approved)`;
  } else if (rule.issued) {
    const doc = target.issued;
    if (!doc) throw new Error(`target ${target.id} is not an issued document`);
    const staff = sameTenant && permissionsReach(actor, rule.issued.staff, tree, target.path);
    const readRoots = reachPaths(actor, rule.permission, tree, false);
    const reader = sameTenant && doc.published && readRoots.some((r) => target.path.startsWith(r) || r.startsWith(target.path));
    allowed = staff || reader;
    relation = `${relation} (${doc.published ? "published" : "unpublished"}${staff ? ", staff" : ""})`;
  } else if (rule.anchors) {
    const { mode, of } = rule.anchors;
    const results = of.map(({ name, areaReach }) => {
      const path = target.anchors?.[name];
      if (!path) throw new Error(`target ${target.id} has no anchor ${name}`);
      const inside = sameTenant && permissions.some((p) => reachPaths(actor, p, tree, !!areaReach).some((r) => path.startsWith(r)));
      return { name, inside, relation: relationOf(actor, grant.path, scope, { ...target, path }) };
    });
    allowed = mode === "any" ? results.some((r) => r.inside) : results.every((r) => r.inside);
    relation = results.map((r) => `${r.name}:${r.relation}`).join(",");
  } else {
    const plain = sameTenant && permissions.some((p) => reachPaths(actor, p, tree, false).some((r) => target.path.startsWith(r)));
    allowed = plain || (!!rule.areaReach && sameTenant && permissions.some((p) => reachPaths(actor, p, tree, true).some((r) => target.path.startsWith(r))));
    if (allowed && !plain) relation = `${relation} (area)`;
    // A self-scoped role (a member) reaches its own rows with the permissions it holds.
    if (!allowed && holds && REACH[scope].includes(relation as Relation) && scope === "self") allowed = true;
  }
  if (allowed && rule.strictlyInside && relation === "same") allowed = false;
  if (allowed && rule.alsoHeld && !rule.alsoHeld.every((p) => actor.grants.some((g) => roleHas(g.role, p)))) allowed = false;
  if (rule.selfReadable && target.personId && target.personId === actor.personId && sameTenant) {
    return { allowed: true, relation: "self" };
  }
  return { allowed, relation };
}
