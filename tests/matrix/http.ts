// The same matrix through the HTTP routes of the running app (tests/e2e/isolation-http.spec.ts). Every exported
// method of every route file is either a case here or exempt with a reason (checked by
// tests/db/matrix-coverage.test.ts).
import { monthKeyOf } from "@/lib/duty/time";
import type { Op, Prepared } from "./resources/index";
import { DASH_INDICATOR, DASH_MONTH } from "./fixtures-dashboards";
import { READ_WEEK, REPORT_TYPE } from "./resources/reports";

export type HttpCase = {
  model: string;
  op: Op;
  route: string;
  method: "GET" | "POST" | "PATCH" | "DELETE";
  url: (p: Prepared) => string;
  body?: (p: Prepared) => unknown;
  reached?: (json: unknown, p: Prepared) => boolean;
  /** Files (QR codes, workbooks): an allowed call answers 200 with this content type. */
  contentType?: string;
  /** For files that list rows: did the file reach the target? */
  reachedFile?: (bytes: Buffer, p: Prepared) => Promise<boolean>;
};

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A workbook with a cell holding exactly `text` (an export row of the target). */
const xlsxHas = (key: string) => async (bytes: Buffer, p: Prepared) => {
  const ExcelJS = (await import("exceljs")).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  let found = false;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => (found ||= String(cell.value) === p.data[key]))));
  return found;
};

const contains = (key: string) => (json: unknown, p: Prepared) => JSON.stringify((json as Record<string, unknown>)[key] ?? json).includes(p.target.id);

export const HTTP_CASES: HttpCase[] = [
  { model: "OrgNode", op: "read", route: "v1/nodes/[nodeId]", method: "GET", url: (p) => `/api/v1/nodes/${p.target.id}` },
  { model: "OrgNode", op: "read", route: "v1/nodes/[nodeId]/children", method: "GET", url: (p) => `/api/v1/nodes/${p.target.id}/children` },
  { model: "OrgNode", op: "list", route: "v1/nodes", method: "GET", url: (p) => `/api/v1/nodes?q=${encodeURIComponent(p.data.name)}&limit=100`, reached: contains("items") },
  { model: "OrgNode", op: "update", route: "v1/nodes/[nodeId]", method: "PATCH", url: (p) => `/api/v1/nodes/${p.target.id}`, body: () => ({ name: "接口改名" }) },
  { model: "OrgNode", op: "delete", route: "v1/nodes/[nodeId]", method: "DELETE", url: (p) => `/api/v1/nodes/${p.target.id}` },
  { model: "Person", op: "read", route: "v1/people/[personId]", method: "GET", url: (p) => `/api/v1/people/${p.target.id}` },
  { model: "Person", op: "list", route: "v1/people", method: "GET", url: (p) => `/api/v1/people?q=${encodeURIComponent(p.data.name)}`, reached: contains("rows") },
  { model: "Person", op: "update", route: "v1/people/[personId]", method: "PATCH", url: (p) => `/api/v1/people/${p.target.id}`, body: () => ({ name: "接口改名" }) },
  { model: "Person", op: "delete", route: "v1/people/[personId]", method: "DELETE", url: (p) => `/api/v1/people/${p.target.id}` },
  { model: "Household", op: "read", route: "v1/households/[householdId]", method: "GET", url: (p) => `/api/v1/households/${p.target.id}` },
  { model: "Household", op: "list", route: "v1/households", method: "GET", url: (p) => `/api/v1/households?q=${encodeURIComponent(p.data.name)}`, reached: contains("rows") },
  { model: "Household", op: "update", route: "v1/households/[householdId]", method: "PATCH", url: (p) => `/api/v1/households/${p.target.id}`, body: () => ({ headName: "接口改名" }) },
  { model: "Household", op: "delete", route: "v1/households/[householdId]", method: "DELETE", url: (p) => `/api/v1/households/${p.target.id}` },
  { model: "User", op: "read", route: "v1/users/[userId]", method: "GET", url: (p) => `/api/v1/users/${p.target.id}` },
  { model: "User", op: "list", route: "v1/users", method: "GET", url: (p) => `/api/v1/users?q=${encodeURIComponent(p.data.username)}`, reached: contains("rows") },
  { model: "User", op: "update", route: "v1/users/[userId]", method: "PATCH", url: (p) => `/api/v1/users/${p.target.id}`, body: () => ({ displayName: "接口改名", disabled: true }) },
  { model: "User", op: "delete", route: "v1/users/[userId]", method: "DELETE", url: (p) => `/api/v1/users/${p.target.id}` },
  { model: "FileObject", op: "read", route: "files/[fileId]", method: "GET", url: (p) => `/api/files/${p.target.id}` },
  { model: "ImportJob", op: "read", route: "imports/[jobId]", method: "GET", url: (p) => `/api/imports/${p.target.id}` },
  { model: "ImportJob", op: "read", route: "imports/[jobId]/errors", method: "GET", url: (p) => `/api/imports/${p.target.id}/errors` },
  { model: "Notification", op: "list", route: "notifications", method: "GET", url: () => `/api/notifications?take=100`, reached: contains("rows") },
  // participation: QR codes to print, and the workbooks leaders download
  { model: "BinPoint", op: "read", route: "duty/bin-points/[binPointId]/qr", method: "GET", url: (p) => `/api/duty/bin-points/${p.target.id}/qr`, contentType: "image/png" },
  { model: "PointsCard", op: "read", route: "points/cards/[cardId]/qr", method: "GET", url: (p) => `/api/points/cards/${p.target.id}/qr?format=svg`, contentType: "image/svg+xml" },
  {
    model: "ExchangeStation",
    op: "read:report",
    route: "stations/[stationId]/report",
    method: "GET",
    url: (p) => `/api/stations/${p.target.id}/report?month=${monthKeyOf(new Date())}`,
    contentType: XLSX,
  },
  // The district's table by unit: the unit's row is in the file exactly when its registrations are in sight.
  { model: "DoubleRegistration", op: "list:unit", route: "double/export", method: "GET", url: () => `/api/double/export?quarter=2026Q3`, contentType: XLSX, reachedFile: xlsxHas("unitName") },
  // campaigns: the QR codes of a unit's public pledge page and of an activity's check-in page
  {
    model: "CampaignUnit",
    op: "read:qr",
    route: "campaigns/[campaignId]/units/[unitId]/qr",
    method: "GET",
    url: (p) => `/api/campaigns/${p.data.campaignId}/units/${p.target.id}/qr`,
    contentType: "image/png",
  },
  { model: "Activity", op: "read:qr", route: "campaigns/activities/[activityId]/qr", method: "GET", url: (p) => `/api/campaigns/activities/${p.target.id}/qr?format=svg`, contentType: "image/svg+xml" },
  // reports: filing over HTTP, and a node's period as a workbook (the unit's rows, and the paper form's table)
  {
    model: "ReportSubmission",
    op: "update",
    route: "reports/submissions",
    method: "POST",
    url: () => "/api/reports/submissions",
    body: (p) => ({ type: REPORT_TYPE, period: p.data.period, nodeId: p.data.nodeId, data: { progress: "接口草稿" }, baseVersion: Number(p.data.version), action: "save" }),
  },
  { model: "OrgNode", op: "read:reportExport", route: "reports/export", method: "GET", url: (p) => `/api/reports/export?type=${REPORT_TYPE}&period=${READ_WEEK}&node=${p.target.id}`, contentType: XLSX },
  { model: "OrgNode", op: "read:reportTable", route: "reports/export/aggregated", method: "GET", url: (p) => `/api/reports/export/aggregated?type=${REPORT_TYPE}&period=${READ_WEEK}&node=${p.target.id}`, contentType: XLSX },
  // dashboards, evaluations, rankings
  {
    model: "DashRollup",
    op: "read",
    route: "dashboards/summary",
    method: "GET",
    url: (p) => `/api/dashboards/summary?node=${p.data.nodeId}&period=${DASH_MONTH}`,
    reached: (json, p) => (json as { cards: { code: string; num: number }[] }).cards.some((c) => c.code === DASH_INDICATOR && c.num === Number(p.data.num)),
  },
  { model: "DashRollup", op: "read:drillExport", route: "dashboards/drill/export", method: "GET", url: (p) => `/api/dashboards/drill/export?indicator=${DASH_INDICATOR}&node=${p.data.nodeId}&period=${DASH_MONTH}`, contentType: XLSX },
  { model: "OrgNode", op: "read:evaluationExport", route: "evaluations/export", method: "GET", url: (p) => `/api/evaluations/export?kind=branches&node=${p.data.nodeId}&year=2000`, contentType: XLSX },
  { model: "Ranking", op: "read:export", route: "rankings/[id]/export", method: "GET", url: (p) => `/api/rankings/${p.target.id}/export`, contentType: XLSX },
];

export const ROUTES_EXEMPT: Record<string, string> = {
  "auth/[...nextauth] GET": "next-auth's own handler (CSRF, session); sign-in is tested in tests/db/auth.test.ts and the browser",
  "auth/[...nextauth] POST": "next-auth's own handler",
  "health GET": "public liveness, no data",
  "ready GET": "public readiness, no data",
  "me/export GET": "the caller's own data only (tests/db/people.test.ts)",
  "files POST": "an upload is the caller's own; the node it names is scope-checked (tests/db/files.test.ts)",
  "imports POST": "import scope tested in tests/db/imports.test.ts",
  "imports/template/[kind] GET": "a blank template of the caller's own tenant",
  "people/export GET": "export scope tested in tests/db/imports.test.ts",
  "v1/nodes POST": "creation under a parent: scope tested in tests/db/org.test.ts and by fuzzing",
  "v1/people POST": "creation under a node: scope tested in tests/db/people.test.ts and by fuzzing",
  "v1/households POST": "creation under a node: scope tested in tests/db/people.test.ts and by fuzzing",
};
