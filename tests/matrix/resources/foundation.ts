// The platform's foundation models (organisation, people, households, accounts, audit, files, notifications,
// tenant settings) with the data-layer calls that read, list, update and delete them, and how to make a target row
// of each at a position.
import crypto from "node:crypto";
import { storage, storageKey } from "@/lib/storage/backend";
import { newId } from "@/lib/ids";
import { atPositions, compounds, everywhere, lazy, nodeTarget, once, type Prepared, type Resource } from "./kit";

const mReadAudit = () => import("@/lib/audit/read-audit");
const listAuditLog = lazy(mReadAudit, "listAuditLog");
const mReadHouseholds = () => import("@/lib/households/read-households");
const getHousehold = lazy(mReadHouseholds, "getHousehold");
const listHouseholds = lazy(mReadHouseholds, "listHouseholds");
const mWriteHouseholds = () => import("@/lib/households/write-households");
const deleteHousehold = lazy(mWriteHouseholds, "deleteHousehold");
const linkMemberToHousehold = lazy(mWriteHouseholds, "linkMemberToHousehold");
const unlinkMemberFromHousehold = lazy(mWriteHouseholds, "unlinkMemberFromHousehold");
const updateHousehold = lazy(mWriteHouseholds, "updateHousehold");
const mRunImport = () => import("@/lib/imports/run-import");
const getImportJob = lazy(mRunImport, "getImportJob");
const mNotifications = () => import("@/lib/notifications/notifications");
const listMyNotifications = lazy(mNotifications, "listMyNotifications");
const markNotificationsRead = lazy(mNotifications, "markNotificationsRead");
const mReadNodes = () => import("@/lib/org/read-nodes");
const getNode = lazy(mReadNodes, "getNode");
const listKinds = lazy(mReadNodes, "listKinds");
const searchNodes = lazy(mReadNodes, "searchNodes");
const mWriteNodes = () => import("@/lib/org/write-nodes");
const deleteNode = lazy(mWriteNodes, "deleteNode");
const updateNode = lazy(mWriteNodes, "updateNode");
const mReadPeople = () => import("@/lib/people/read-people");
const getPerson = lazy(mReadPeople, "getPerson");
const listPeople = lazy(mReadPeople, "listPeople");
const mWritePeople = () => import("@/lib/people/write-people");
const deletePerson = lazy(mWritePeople, "deletePerson");
const updatePerson = lazy(mWritePeople, "updatePerson");
const mFiles = () => import("@/lib/storage/files");
const readStoredFile = lazy(mFiles, "readStoredFile");
const mUpdateSettings = () => import("@/lib/tenants/update-settings");
const getTenantSettings = lazy(mUpdateSettings, "getTenantSettings");
const updateTenantSettings = lazy(mUpdateSettings, "updateTenantSettings");
const mOwnAccount = () => import("@/lib/users/own-account");
const listMySignIns = lazy(mOwnAccount, "listMySignIns");
const mReadUsers = () => import("@/lib/users/read-users");
const getUser = lazy(mReadUsers, "getUser");
const listUsers = lazy(mReadUsers, "listUsers");
const mWriteUsers = () => import("@/lib/users/write-users");
const assignRole = lazy(mWriteUsers, "assignRole");
const deleteUser = lazy(mWriteUsers, "deleteUser");
const removeRole = lazy(mWriteUsers, "removeRole");
const setFollowedUnits = lazy(mWriteUsers, "setFollowedUnits");
const updateUser = lazy(mWriteUsers, "updateUser");
import { freshHousehold, freshLeaf, freshPerson, freshUser, type World } from "../world";

const householdTargets = once("household", atPositions(compounds, async (w, p) => {
  const h = await freshHousehold(w, p.t, p.node.id);
  return { target: { id: h.id, tenantId: p.t.tenantId, path: p.node.path }, data: { name: h.headName } };
}));

const userTargets = once("user", atPositions(everywhere, async (w, p) => {
  const u = await freshUser(w, p.t, p.node.id);
  const row = await w.db.user.findUnique({ where: { id: u.id } });
  return { target: { id: u.id, tenantId: p.t.tenantId, path: p.node.path }, data: { username: row!.username } };
}));

export const FOUNDATION: Resource[] = [
  {
    model: "OrgNode",
    ops: {
      read: {
        rule: { permission: "org.read" },
        prepare: once("node", atPositions(everywhere, async (_w, p) => nodeTarget(p.t, p.node))),
        run: (actor, p) => getNode({ actor, nodeId: p.target.id }),
        snapshot: (w, p) => w.db.orgNode.findUnique({ where: { id: p.target.id } }),
      },
      list: {
        rule: { permission: "org.read" },
        prepare: once("node", atPositions(everywhere, async (_w, p) => nodeTarget(p.t, p.node))),
        run: (actor, p) => searchNodes({ actor, q: p.data.name, limit: 100 }),
        reached: (r, p) => (r as { id: string }[]).some((n) => n.id === p.target.id),
        snapshot: (w, p) => w.db.orgNode.findUnique({ where: { id: p.target.id } }),
      },
      update: {
        rule: { permission: "org.write" },
        prepare: atPositions(everywhere, async (w, p) => nodeTarget(p.t, await freshLeaf(w, p.t, p.node))),
        run: (actor, p) => updateNode({ actor, data: { nodeId: p.target.id, name: `改名${crypto.randomBytes(2).toString("hex")}` } }),
        snapshot: (w, p) => w.db.orgNode.findUnique({ where: { id: p.target.id } }),
      },
      delete: {
        rule: { permission: "org.write", strictlyInside: true },
        prepare: atPositions(everywhere, async (w, p) => nodeTarget(p.t, await freshLeaf(w, p.t, p.node))),
        run: (actor, p) => deleteNode({ actor, data: { nodeId: p.target.id } }),
        snapshot: (w, p) => w.db.orgNode.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "Person",
    ops: {
      read: {
        rule: { permission: "people.read", selfReadable: true },
        prepare: once("person", async (w) => [
          ...(await atPositions(everywhere, async (w2, p) => {
            const row = await freshPerson(w2, p.t, p.node.id);
            return { target: { id: row.id, tenantId: p.t.tenantId, path: p.node.path, personId: row.id }, data: { name: row.name } };
          })(w)),
          // The member's own record.
          { target: { id: w.own.people.a1bMember.id, tenantId: w.own.tenantId, path: w.own.nodes.a1b.path, personId: w.own.people.a1bMember.id }, data: { name: "甲一党员" } },
        ]),
        run: (actor, p) => getPerson({ actor, personId: p.target.id }),
        snapshot: (w, p) => w.db.person.findUnique({ where: { id: p.target.id } }),
      },
      list: {
        rule: { permission: "people.read" },
        prepare: once("person-list", atPositions(everywhere, async (w, p) => {
          const row = await freshPerson(w, p.t, p.node.id);
          return { target: { id: row.id, tenantId: p.t.tenantId, path: p.node.path }, data: { name: row.name } };
        })),
        run: (actor, p) => listPeople({ actor, q: p.data.name }),
        reached: (r, p) => (r as { rows: { id: string }[] }).rows.some((x) => x.id === p.target.id),
        snapshot: (w, p) => w.db.person.findUnique({ where: { id: p.target.id } }),
      },
      update: {
        rule: { permission: "people.write" },
        prepare: atPositions(everywhere, async (w, p) => {
          const row = await freshPerson(w, p.t, p.node.id);
          return { target: { id: row.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        }),
        run: (actor, p) => updatePerson({ actor, data: { personId: p.target.id, name: "改过的名字" } }),
        snapshot: (w, p) => w.db.person.findUnique({ where: { id: p.target.id } }),
      },
      delete: {
        rule: { permission: "people.write" },
        prepare: atPositions(everywhere, async (w, p) => {
          const row = await freshPerson(w, p.t, p.node.id);
          return { target: { id: row.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        }),
        run: (actor, p) => deletePerson({ actor, data: { personId: p.target.id } }),
        snapshot: (w, p) => w.db.person.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "Household",
    ops: {
      read: {
        rule: { permission: "households.read" },
        prepare: householdTargets,
        run: (actor, p) => getHousehold({ actor, householdId: p.target.id }),
        snapshot: (w, p) => w.db.household.findUnique({ where: { id: p.target.id } }),
      },
      list: {
        rule: { permission: "households.read" },
        prepare: householdTargets,
        run: (actor, p) => listHouseholds({ actor, q: p.data.name }),
        reached: (r, p) => (r as { rows: { id: string }[] }).rows.some((x) => x.id === p.target.id),
        snapshot: (w, p) => w.db.household.findUnique({ where: { id: p.target.id } }),
      },
      update: {
        rule: { permission: "households.write" },
        prepare: atPositions(compounds, async (w, p) => {
          const h = await freshHousehold(w, p.t, p.node.id);
          return { target: { id: h.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        }),
        run: (actor, p) => updateHousehold({ actor, data: { householdId: p.target.id, building: "1号楼", unit: null, room: "101", headName: "改户主", phone: undefined, note: null } }),
        snapshot: (w, p) => w.db.household.findUnique({ where: { id: p.target.id } }),
      },
      delete: {
        rule: { permission: "households.write" },
        prepare: atPositions(compounds, async (w, p) => {
          const h = await freshHousehold(w, p.t, p.node.id);
          return { target: { id: h.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        }),
        run: (actor, p) => deleteHousehold({ actor, data: { householdId: p.target.id } }),
        snapshot: (w, p) => w.db.household.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "HouseholdLink",
    ops: {
      update: {
        rule: { permission: "households.write" },
        prepare: atPositions(compounds, async (w, p) => {
          const [h, person] = await Promise.all([freshHousehold(w, p.t, p.node.id), freshPerson(w, p.t, p.node.id)]);
          return { target: { id: h.id, tenantId: p.t.tenantId, path: p.node.path }, data: { personId: person.id } };
        }),
        run: (actor, p) => linkMemberToHousehold({ actor, data: { personId: p.data.personId, householdId: p.target.id } }),
        snapshot: (w, p) => w.db.householdLink.findMany({ where: { householdId: p.target.id } }),
      },
      delete: {
        rule: { permission: "households.write" },
        prepare: atPositions(compounds, async (w, p) => {
          const [h, person] = await Promise.all([freshHousehold(w, p.t, p.node.id), freshPerson(w, p.t, p.node.id)]);
          await w.db.householdLink.create({ data: { tenantId: p.t.tenantId, personId: person.id, householdId: h.id } });
          return { target: { id: h.id, tenantId: p.t.tenantId, path: p.node.path }, data: { personId: person.id } };
        }),
        run: (actor, p) => unlinkMemberFromHousehold({ actor, data: { personId: p.data.personId, householdId: p.target.id } }),
        reached: (r) => (r as { removed: number }).removed === 1,
        snapshot: (w, p) => w.db.householdLink.findMany({ where: { householdId: p.target.id } }),
      },
    },
  },
  {
    model: "User",
    ops: {
      read: {
        rule: { permission: "users.read" },
        prepare: userTargets,
        run: (actor, p) => getUser({ actor, userId: p.target.id }),
        snapshot: (w, p) => w.db.user.findUnique({ where: { id: p.target.id } }),
      },
      list: {
        rule: { permission: "users.read" },
        prepare: userTargets,
        run: (actor, p) => listUsers({ actor, q: p.data.username }),
        reached: (r, p) => (r as { rows: { id: string }[] }).rows.some((x) => x.id === p.target.id),
        snapshot: (w, p) => w.db.user.findUnique({ where: { id: p.target.id } }),
      },
      update: {
        rule: { permission: "users.write" },
        prepare: atPositions(everywhere, async (w, p) => {
          const u = await freshUser(w, p.t, p.node.id);
          return { target: { id: u.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        }),
        run: (actor, p) => updateUser({ actor, data: { userId: p.target.id, displayName: "改名", disabled: true } }),
        snapshot: (w, p) => w.db.user.findUnique({ where: { id: p.target.id } }),
      },
      delete: {
        rule: { permission: "users.write" },
        prepare: atPositions(everywhere, async (w, p) => {
          const u = await freshUser(w, p.t, p.node.id);
          return { target: { id: u.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        }),
        run: (actor, p) => deleteUser({ actor, data: { userId: p.target.id } }),
        snapshot: (w, p) => w.db.user.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "RoleAssignment",
    ops: {
      update: {
        rule: { permission: "users.write" },
        prepare: atPositions(everywhere, async (w, p) => {
          const u = await freshUser(w, p.t, p.node.id);
          return { target: { id: u.id, tenantId: p.t.tenantId, path: p.node.path }, data: { nodeId: p.node.id } };
        }),
        // A second role on the same node: MEMBER needs a person, so UNIT_ADMIN (grantable by unit and tenant admins).
        run: (actor, p) => assignRole({ actor, data: { userId: p.target.id, nodeId: p.data.nodeId, role: "UNIT_ADMIN" } }),
        snapshot: (w, p) => w.db.roleAssignment.findMany({ where: { userId: p.target.id }, orderBy: { id: "asc" } }),
      },
      delete: {
        rule: { permission: "users.write" },
        prepare: atPositions(everywhere, async (w, p) => {
          const u = await freshUser(w, p.t, p.node.id);
          return { target: { id: u.id, tenantId: p.t.tenantId, path: p.node.path }, data: { assignmentId: u.roleId } };
        }),
        run: (actor, p) => removeRole({ actor, data: { userId: p.target.id, assignmentId: p.data.assignmentId } }),
        snapshot: (w, p) => w.db.roleAssignment.findMany({ where: { userId: p.target.id }, orderBy: { id: "asc" } }),
      },
    },
  },
  {
    model: "RepresentativeFollow",
    ops: {
      update: {
        rule: { permission: "users.write" },
        prepare: atPositions(everywhere, async (w, p) => {
          const id = newId();
          await w.db.user.create({ data: { id, tenantId: p.t.tenantId, username: `rep-${crypto.randomBytes(5).toString("hex")}`, displayName: "代表", passwordHash: "x" } });
          await w.db.roleAssignment.create({ data: { tenantId: p.t.tenantId, userId: id, nodeId: p.node.id, role: "REPRESENTATIVE" } });
          return { target: { id, tenantId: p.t.tenantId, path: p.node.path }, data: { nodeId: p.node.id } };
        }),
        run: (actor, p) => setFollowedUnits({ actor, data: { userId: p.target.id, nodeIds: [p.data.nodeId] } }),
        snapshot: (w, p) => w.db.representativeFollow.findMany({ where: { userId: p.target.id } }),
      },
    },
  },
  {
    model: "AuditLog",
    ops: {
      list: {
        rule: { permission: "audit.read" },
        prepare: once("audit", atPositions(everywhere, async (w, p) => {
          const entityId = newId();
          await w.db.auditLog.create({ data: { tenantId: p.t.tenantId, action: "matrix.probe", entityType: "Probe", entityId, nodeId: p.node.id } });
          return { target: { id: entityId, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        })),
        run: (actor, p) => listAuditLog({ actor, entityId: p.target.id } as never),
        reached: (r, p) => JSON.stringify(r).includes(p.target.id),
        snapshot: (w, p) => w.db.auditLog.findMany({ where: { entityId: p.target.id } }),
      },
    },
  },
  {
    model: "ImportJob",
    ops: {
      read: {
        rule: { permission: "audit.read" },
        prepare: once("import", atPositions(everywhere, async (w, p) => {
          const job = await w.db.importJob.create({
            data: { tenantId: p.t.tenantId, userId: newId(), nodeId: p.node.id, kind: "ROSTER", fileName: "x.xlsx", status: "DONE" },
          });
          return { target: { id: job.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        })),
        run: (actor, p) => getImportJob({ actor, jobId: p.target.id }),
        snapshot: (w, p) => w.db.importJob.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "FileObject",
    ops: {
      read: {
        rule: { permission: "org.read" },
        prepare: once("file", atPositions(everywhere, async (w, p) => {
          const bytes = crypto.randomBytes(64);
          const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
          const key = storageKey(p.t.tenantId, sha256);
          await storage().put(key, bytes).catch(() => {});
          const f = await w.db.fileObject.create({
            data: { tenantId: p.t.tenantId, nodeId: p.node.id, uploadedById: newId(), storageKey: key, sha256, size: 64, mime: "image/png", originalName: "probe.png" },
          });
          return { target: { id: f.id, tenantId: p.t.tenantId, path: p.node.path }, data: {} };
        })),
        run: (actor, p) => readStoredFile({ actor, fileId: p.target.id }),
        snapshot: (w, p) => w.db.fileObject.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "Notification",
    ops: {
      list: {
        rule: { permission: "self.read", ownerOnly: true },
        prepare: once("notification", async (w) => notificationTargets(w)),
        run: (actor, _p) => listMyNotifications({ actor, take: 100 }),
        reached: (r, p) => (r as { rows: { id: string }[] }).rows.some((x) => x.id === p.target.id),
        snapshot: (w, p) => w.db.notification.findUnique({ where: { id: p.target.id } }),
      },
      update: {
        rule: { permission: "self.read", ownerOnly: true },
        prepare: async (w) => notificationTargets(w),
        run: (actor, p) => markNotificationsRead({ actor, id: p.target.id }),
        reached: (r) => (r as { marked: number }).marked === 1,
        snapshot: (w, p) => w.db.notification.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "SignInEvent",
    ops: {
      list: {
        rule: { permission: "self.read", ownerOnly: true },
        prepare: once("signin", async (w) => {
          const out: Prepared[] = [];
          for (const t of [w.own, w.other]) {
            for (const userId of Object.values(t.userIds)) {
              const ip = `198.51.${crypto.randomInt(0, 255)}.${crypto.randomInt(0, 255)}`;
              await w.db.signInEvent.create({ data: { tenantId: t.tenantId, userId, login: "probe", success: true, reason: "ok", ip } });
              out.push({ target: { id: ip, tenantId: t.tenantId, path: t.nodes.root.path, userId }, data: {} });
            }
          }
          return out;
        }),
        run: (actor) => listMySignIns({ actor, limit: 100 }),
        reached: (r, p) => (r as { ip: string | null }[]).some((x) => x.ip === p.target.id),
        snapshot: async () => null,
      },
    },
  },
  {
    model: "OrgKind",
    ops: {
      list: {
        rule: { permission: "org.read", tenantWide: true },
        prepare: once("kinds", async (w) =>
          [w.own, w.other].map((t) => ({ target: { id: t.kinds.community, tenantId: t.tenantId, path: t.nodes.root.path }, data: {} })),
        ),
        run: (actor) => listKinds({ actor }),
        reached: (r, p) => (r as { id: string }[]).some((k) => k.id === p.target.id),
        snapshot: (w, p) => w.db.orgKind.findUnique({ where: { id: p.target.id } }),
      },
    },
  },
  {
    model: "Tenant",
    ops: {
      read: {
        rule: { permission: "tenant.settings", tenantWide: true },
        // Settings are always the actor's own tenant: there is no id to point at another one.
        prepare: once("tenant", async (w) => [{ target: { id: w.own.tenantId, tenantId: w.own.tenantId, path: w.own.nodes.root.path }, data: {} }]),
        run: (actor) => getTenantSettings({ actor }),
        snapshot: (w, p) => w.db.tenant.findUnique({ where: { id: p.target.id } }),
      },
      update: {
        rule: { permission: "tenant.settings", tenantWide: true },
        prepare: async (w) => [{ target: { id: w.own.tenantId, tenantId: w.own.tenantId, path: w.own.nodes.root.path }, data: {} }],
        run: (actor) => updateTenantSettings({ actor, data: { passwordMinLength: 10, require2faForAdmins: false, householdLinkMin: 3, householdLinkMax: 5 } as never }),
        snapshot: (w, p) => w.db.tenant.findUnique({ where: { id: p.target.id }, select: { settings: true } }),
      },
    },
  },
];

async function notificationTargets(w: World): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for (const t of [w.own, w.other]) {
    for (const userId of Object.values(t.userIds)) {
      const n = await w.db.notification.create({ data: { tenantId: t.tenantId, userId, kind: "matrix.probe", title: "probe" } });
      out.push({ target: { id: n.id, tenantId: t.tenantId, path: t.nodes.root.path, userId }, data: {} });
    }
  }
  return out;
}
