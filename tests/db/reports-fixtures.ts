// Report types and extra accounts for the report tests, on top of the tenant factory.
import crypto from "node:crypto";
import { createTranslator } from "next-intl";
import { newId } from "../../lib/ids";
import { loadActor } from "../../lib/auth/load-actor";
import { loadMessages } from "../../lib/i18n/load-messages";
import type { Actor } from "../../lib/access/actor";
import { createReportType } from "../../lib/reports/report-types";
import { WEEKLY_PROGRESS, BIN_DUTY_MONTHLY } from "../../lib/reports/builtin-types";
import { createTestTenant, owner, type TestTenant } from "../factories/tenant";

/** A week far from the real clock: Monday 8 March 2027; due Wednesday 10 March 17:00 Beijing = 09:00Z. */
export const WEEK = "2027-W10";
export const DUE = new Date("2027-03-10T09:00:00Z");
export const at = (deltaMinutes: number) => new Date(DUE.getTime() + deltaMinutes * 60_000);

export const minimalWeekly = {
  progress: "本周开展垃圾分类宣传。",
  participation: 12,
};

/** The weekly report, filed by communities and party branches (a branch's chain: its community, then the root). */
export async function createWeeklyType(tt: TestTenant, overrides: Record<string, unknown> = {}) {
  const t = WEEKLY_PROGRESS;
  await createReportType({
    actor: tt.actors.tenantAdmin,
    data: {
      code: t.code,
      name: t.name,
      nameEn: t.nameEn,
      description: t.description,
      cadence: t.cadence,
      weekday: 3,
      dayOfMonth: null,
      dueTime: "17:00",
      periodOffset: 0,
      lockAfterDays: 7,
      reminders: t.reminders,
      fields: t.fields,
      filerKindCodes: ["community", "party_branch"],
      filerRootId: null,
      reviewKindCodes: [],
      exportTitle: null,
      activeFrom: new Date("2020-01-01T00:00:00Z"),
      active: true,
      ...overrides,
    } as never,
  });
  return t.code;
}

/** A tenant and a second one beside it, both with the weekly report (for what must stay inside a tenant). */
export async function twoTenantsWithWeekly() {
  const tt = await createTestTenant();
  const other = await createTestTenant();
  await createWeeklyType(tt);
  await createWeeklyType(other);
  return { tt, other };
}

export async function createBinDutyType(tt: TestTenant) {
  const t = BIN_DUTY_MONTHLY;
  await createReportType({
    actor: tt.actors.tenantAdmin,
    data: {
      code: t.code,
      name: t.name,
      nameEn: t.nameEn,
      description: t.description,
      cadence: t.cadence,
      weekday: null,
      dayOfMonth: 18,
      dueTime: "17:00",
      periodOffset: 1,
      lockAfterDays: 10,
      reminders: t.reminders,
      fields: t.fields,
      filerKindCodes: ["community"],
      filerRootId: null,
      reviewKindCodes: [],
      exportTitle: t.exportTitle,
      activeFrom: new Date("2020-01-01T00:00:00Z"),
      active: true,
    } as never,
  });
  return t.code;
}

/** A user holding one role exactly on one node, loaded as the app loads a session. */
export async function addUser(tt: TestTenant, nodeId: string, role: "REPORTER" | "UNIT_ADMIN", name = `${role}-${crypto.randomBytes(3).toString("hex")}`): Promise<Actor> {
  const db = owner();
  const id = newId();
  try {
    await db.user.create({ data: { id, tenantId: tt.tenantId, username: `${name}-${tt.tag}`.toLowerCase(), displayName: name, passwordHash: "x" } });
    await db.roleAssignment.create({ data: { tenantId: tt.tenantId, userId: id, nodeId, role } });
  } finally {
    await db.$disconnect();
  }
  const load = await loadActor({ uid: id, tid: tt.tenantId, sv: 1 }, { locale: "zh-CN", requestId: `test-${tt.tag}` });
  if (load.status === "anonymous") throw new Error("could not load actor");
  return load.actor;
}

export const key = () => crypto.randomUUID();

export function translator() {
  const t = createTranslator({ locale: "zh-CN", messages: loadMessages("zh-CN") as never });
  return (k: string, p?: Record<string, string | number>) => (t as unknown as (k: string, p?: Record<string, string | number>) => string)(k, p);
}
