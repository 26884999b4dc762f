// Every server action, called with hostile inputs by a tenant admin and by a unit admin: never an internal
// error (the wrapper answers 4xx-style codes), and a refused call leaves both tenants exactly as they were.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/access/actor";

const session: { actor: Actor | null } = { actor: null };
vi.mock("@/lib/auth/current-actor", () => ({
  currentActor: async () => (session.actor ? { status: "ok", actor: session.actor } : { status: "anonymous" }),
}));
vi.mock("@/lib/access/translate-error", () => ({
  translateError: async (e: { messageKey: string; fieldErrors?: unknown }) => ({ message: e.messageKey, fieldErrors: e.fieldErrors }),
}));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    cookies: async () => ({ get: (k: string) => (jar.has(k) ? { name: k, value: jar.get(k) } : undefined), set: (k: string, v: string) => jar.set(k, v), delete: (k: string) => jar.delete(k) }),
    headers: async () => new Headers(),
  };
});

import { createTestTenant, type TestTenant } from "../factories/tenant";
import { TenantFingerprint } from "../fuzz/fingerprint";
import { nastyObject } from "../fuzz/nasty";

type Result = { ok: boolean; code?: string; error?: string };

// Field names the actions take (collected from the schemas), so hostile values land where they matter.
const KEYS = [
  "nodeId", "parentId", "newParentId", "kindId", "personId", "householdId", "userId", "assignmentId", "id", "nodeIds",
  "name", "code", "sortOrder", "phone", "q", "page", "pageSize", "flag", "status", "includeArchived", "limit",
  "building", "unit", "room", "headName", "note", "joinedAt", "leftAt", "isPartyMember", "isVolunteer",
  "username", "displayName", "role", "disabled", "locale", "currentPassword", "newPassword", "confirmPassword",
  "password", "code", "passwordMinLength", "require2faForAdmins", "householdLinkMin", "householdLinkMax",
  "tenantId", "archived", "template", "rootName", "adminUsername", "adminDisplayName", "kind", "partyOnly", "purpose",
];

const RUNS = Number(process.env.FUZZ_ACTION_RUNS ?? 20);
let t: TestTenant;
let other: TestTenant;
let fp: TenantFingerprint;
const tally = { inputs: 0, internal: 0, partialWrites: 0 };

beforeAll(async () => {
  [t, other] = await Promise.all([createTestTenant(), createTestTenant()]);
  fp = await TenantFingerprint.open(process.env.TEST_OWNER_URL!);
});
afterAll(async () => {
  await fp.close();
});

// Valid-looking ids that belong elsewhere: a sibling subtree and another tenant.
const foreignIds = () => fc.constantFrom(t.nodes.b.id, t.nodes.b1.id, t.people.b1Person.id, t.households.b1c.id, t.userIds.unitAdminB, other.nodes.a.id, other.people.aStaff.id, other.households.a1c.id, other.userIds.tenantAdmin, other.tenantId);

const modules = fs.readdirSync(path.join(process.cwd(), "app", "actions")).filter((f) => f.endsWith(".ts")).map((f) => f.replace(/\.ts$/, ""));

describe("fuzzing every server action", () => {
  for (const m of modules) {
    it(`app/actions/${m}`, async () => {
      const mod = (await import(`@/app/actions/${m}`)) as Record<string, (i: unknown) => Promise<Result>>;
      const failures: string[] = [];
      for (const [name, action] of Object.entries(mod)) {
        if (typeof action !== "function") continue;
        for (const actor of [t.actors.tenantAdmin, t.actors.unitAdminA]) {
          session.actor = actor;
          const extras = Object.fromEntries(["nodeId", "parentId", "newParentId", "personId", "householdId", "userId", "assignmentId", "id", "tenantId"].map((k) => [k, foreignIds()]));
          await fc.assert(
            fc.asyncProperty(nastyObject(KEYS, extras), async (input) => {
              tally.inputs++;
              const before = await fp.take([t.tenantId, other.tenantId]);
              let res: Result;
              try {
                res = await action(input);
              } catch (e) {
                failures.push(`${m}.${name} threw ${(e as Error).message.slice(0, 200)}`);
                return true;
              }
              if (!res.ok && res.code === "INTERNAL") {
                tally.internal++;
                failures.push(`${m}.${name} INTERNAL for ${JSON.stringify(input).slice(0, 200)}`);
              }
              if (!res.ok && (await fp.take([t.tenantId, other.tenantId])) !== before) {
                tally.partialWrites++;
                failures.push(`${m}.${name} refused (${res.code}) but changed data`);
              }
              return true;
            }),
            { numRuns: RUNS },
          );
        }
      }
      session.actor = null;
      expect(failures).toEqual([]);
      // The big modules (campaigns, duty) try over a thousand inputs, each between two fingerprints of both tenants.
    }, 300_000);
  }

  it("refuses a NUL character in an otherwise valid input with a field error, not a server error", async () => {
    session.actor = t.actors.tenantAdmin;
    const { createNodeAction } = await import("@/app/actions/org");
    const res = await createNodeAction({ parentId: t.nodes.a.id, kindId: t.kinds.community, name: "坏\u0000名字" });
    expect(res).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["validation.invalidCharacters"] } });
    session.actor = null;
  });

  it("reports what it tried", () => {
    console.log(`action fuzzing: ${tally.inputs} inputs, ${tally.internal} internal errors, ${tally.partialWrites} partial writes`);
    expect(tally.internal + tally.partialWrites).toBe(0);
  });
});
