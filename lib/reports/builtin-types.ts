// The report types every tenant starts with (seed 000's weekly report and bin-duty table, seed 002's ledger),
// as plain data. Which kinds file them depends on the kinds the tenant's tree uses.
import type { Cadence } from "./calendar";
import type { FieldDef } from "./fields";

export type ReminderStep = { offsetMinutes: number; escalate: boolean };

export type TypeTemplate = {
  code: string;
  name: string;
  nameEn: string;
  description: string;
  cadence: Cadence;
  weekday: number | null;
  dayOfMonth: number | null;
  dueTime: string;
  periodOffset: number;
  lockAfterDays: number | null;
  reminders: ReminderStep[];
  exportTitle: string | null;
  /** Kinds that file it, in order of preference: the first ones the tenant has are used. */
  filerKindCandidates: string[];
  fields: FieldDef[];
};

export const DEFAULT_REMINDERS: ReminderStep[] = [
  { offsetMinutes: -24 * 60, escalate: false },
  { offsetMinutes: -120, escalate: false },
  { offsetMinutes: 0, escalate: true },
];

const ACTIVITY_KINDS = [
  ["publicity", "宣传动员", "Publicity"],
  ["training", "专题培训", "Training"],
  ["volunteer", "志愿服务", "Volunteering"],
  ["binDuty", "桶前值守", "Bin-side duty"],
  ["contest", "知识竞赛", "Knowledge contest"],
  ["partyDay", "主题党日", "Party theme day"],
  ["selection", "评选表彰", "Selection and awards"],
  ["other", "其他", "Other"],
].map(([value, label, labelEn]) => ({ value, label, labelEn }));

export const WEEKLY_PROGRESS: TypeTemplate = {
  code: "weekly_progress",
  name: "垃圾分类工作周报",
  nameEn: "Weekly progress report",
  description: "每周三下午5点前报送：工作推进情况、小妙招小建议、经验做法、存在问题及工作建议，重点报送主题活动开展情况、职工参与情况和取得效果。",
  cadence: "WEEKLY",
  weekday: 3,
  dayOfMonth: null,
  dueTime: "17:00",
  periodOffset: 0,
  lockAfterDays: 7,
  reminders: DEFAULT_REMINDERS,
  exportTitle: null,
  filerKindCandidates: ["grassroots_union", "community", "village"],
  fields: [
    { key: "progress", label: "工作推进情况", labelEn: "Progress", type: "textarea", required: true, maxLength: 5000, help: "本周垃圾分类工作推进情况" },
    { key: "tips", label: "小妙招小建议", labelEn: "Tips and small inventions", type: "textarea", required: false, maxLength: 5000 },
    { key: "goodPractice", label: "经验做法", labelEn: "Good practice", type: "textarea", required: false, maxLength: 5000 },
    { key: "problems", label: "存在问题", labelEn: "Problems", type: "textarea", required: false, maxLength: 5000 },
    { key: "proposals", label: "工作建议", labelEn: "Proposals", type: "textarea", required: false, maxLength: 5000 },
    {
      key: "activities",
      label: "主题活动开展情况",
      labelEn: "Theme activities held",
      type: "table",
      required: false,
      maxRows: 50,
      columns: [
        { key: "name", label: "活动名称", labelEn: "Name", type: "text", required: true, maxLength: 100 },
        { key: "date", label: "日期", labelEn: "Date", type: "date", required: true },
        { key: "kind", label: "类型", labelEn: "Kind", type: "choice", required: true, options: ACTIVITY_KINDS, multiple: false },
        { key: "participants", label: "参与人数", labelEn: "Participants", type: "integer", required: true, min: 0, max: 100000, unit: "人" },
      ],
    },
    { key: "participation", label: "职工参与人次", labelEn: "Worker participations", type: "integer", required: true, min: 0, max: 1000000, unit: "人次" },
    { key: "results", label: "取得效果", labelEn: "Results", type: "textarea", required: false, maxLength: 5000 },
    { key: "photos", label: "活动照片", labelEn: "Photos", type: "file", required: false, accept: "image", maxFiles: 9 },
  ],
};

export const BIN_DUTY_MONTHLY: TypeTemplate = {
  code: "bin_duty_monthly",
  name: "参与“桶前值守”情况统计表",
  nameEn: "Monthly bin-side duty table",
  description: "每月18日之前上报本地区、本系统、本单位职工参与“桶前值守”情况（上月）。每人每月不少于2小时。",
  cadence: "MONTHLY",
  weekday: null,
  dayOfMonth: 18,
  dueTime: "17:00",
  periodOffset: 1,
  lockAfterDays: 10,
  reminders: DEFAULT_REMINDERS,
  exportTitle: "全区工会系统参与“桶前值守”情况统计表",
  filerKindCandidates: ["grassroots_union"],
  fields: [
    { key: "dutyPeople", label: "参与值守人数", labelEn: "People on duty", type: "integer", required: true, min: 0, max: 1000000, unit: "人" },
    { key: "totalHours", label: "值守总时长", labelEn: "Total hours", type: "number", required: true, min: 0, max: 10000000, decimals: 1, unit: "小时" },
    { key: "reachedNorm", label: "达到2小时人数", labelEn: "People reaching 2 hours", type: "integer", required: true, min: 0, max: 1000000, unit: "人" },
    { key: "partyMembers", label: "其中党员人数", labelEn: "Party members among them", type: "integer", required: false, min: 0, max: 1000000, unit: "人" },
    { key: "remarks", label: "备注", labelEn: "Remarks", type: "text", required: false, maxLength: 200 },
  ],
};

export const LEDGER_MONTHLY: TypeTemplate = {
  code: "ledger_monthly",
  name: "公共机构生活垃圾分类台账",
  nameEn: "Monthly sorting ledger (public institutions)",
  description: "党政机关等公共机构按月报送分类台账：各类垃圾分类量与收集容器配置情况。",
  cadence: "MONTHLY",
  weekday: null,
  dayOfMonth: 5,
  dueTime: "17:00",
  periodOffset: 1,
  lockAfterDays: 10,
  reminders: DEFAULT_REMINDERS,
  exportTitle: null,
  filerKindCandidates: ["department"],
  fields: [
    { key: "kitchenKg", label: "厨余垃圾", labelEn: "Kitchen waste", type: "number", required: true, min: 0, max: 100000000, decimals: 1, unit: "kg" },
    { key: "recyclableKg", label: "可回收物", labelEn: "Recyclables", type: "number", required: true, min: 0, max: 100000000, decimals: 1, unit: "kg" },
    { key: "hazardousKg", label: "有害垃圾", labelEn: "Hazardous waste", type: "number", required: true, min: 0, max: 100000000, decimals: 1, unit: "kg" },
    { key: "otherKg", label: "其他垃圾", labelEn: "Other waste", type: "number", required: true, min: 0, max: 100000000, decimals: 1, unit: "kg" },
    { key: "containers", label: "分类收集容器", labelEn: "Sorting containers in place", type: "integer", required: true, min: 0, max: 100000, unit: "组" },
    {
      key: "containersCompliant",
      label: "容器配置是否达标",
      labelEn: "Containers meet the standard",
      type: "choice",
      required: true,
      multiple: false,
      options: [
        { value: "yes", label: "达标", labelEn: "Yes" },
        { value: "no", label: "未达标", labelEn: "No" },
      ],
    },
    { key: "remarks", label: "备注", labelEn: "Remarks", type: "text", required: false, maxLength: 200 },
  ],
};

export const BUILTIN_TYPES: TypeTemplate[] = [WEEKLY_PROGRESS, BIN_DUTY_MONTHLY, LEDGER_MONTHLY];

/** The kinds of a tenant that file a template (empty: the template does not apply to this tenant). */
export function filerKindsFor(t: TypeTemplate, tenantKindCodes: string[]): string[] {
  const have = new Set(tenantKindCodes);
  return t.filerKindCandidates.filter((k) => have.has(k));
}
