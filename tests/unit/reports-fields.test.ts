import { describe, expect, it } from "vitest";
import { BIN_DUTY_MONTHLY, BUILTIN_TYPES, WEEKLY_PROGRESS, filerKindsFor } from "@/lib/reports/builtin-types";
import { dataSchema, differsFromPrefill, fieldsSchema, numericPaths, numericValue, readFields } from "@/lib/reports/fields";

const weekly = readFields(WEEKLY_PROGRESS.fields);

describe("report field definitions", () => {
  it("accepts the shipped types and refuses duplicate keys, bad keys and tables without columns", () => {
    for (const t of BUILTIN_TYPES) expect(fieldsSchema.safeParse(t.fields).success, t.code).toBe(true);
    expect(weekly.length).toBe(WEEKLY_PROGRESS.fields.length);
    const dup = [{ key: "a", label: "A", type: "text" }, { key: "a", label: "B", type: "integer" }];
    expect(fieldsSchema.safeParse(dup).success).toBe(false);
    expect(fieldsSchema.safeParse([{ key: "1x", label: "A", type: "text" }]).success).toBe(false);
    expect(fieldsSchema.safeParse([{ key: "t", label: "T", type: "table", columns: [] }]).success).toBe(false);
    expect(readFields("garbage")).toEqual([]);
  });

  it("lets a draft keep anything typed, and a submission only a complete report", () => {
    const draft = dataSchema(weekly, "draft").safeParse({ progress: "  推进中 ", participation: "", unknown: "x" });
    expect(draft.success && draft.data).toEqual({ progress: "推进中" });
    const missing = dataSchema(weekly, "submit").safeParse({ progress: "推进中" });
    expect(missing.success).toBe(false);
    const keys = missing.success ? [] : missing.error.issues.map((i) => i.path.join("."));
    expect(keys).toEqual(["participation"]);
    const ok = dataSchema(weekly, "submit").safeParse({
      progress: "推进中",
      participation: "1,200",
      activities: [
        { name: "桶前值守", date: "2026-11-21", kind: "binDuty", participants: "35" },
        { name: "", date: "", kind: "", participants: "" }, // an added, untouched row
      ],
      photos: ["abc123"],
    });
    expect(ok.success).toBe(true);
    expect(ok.success && ok.data).toEqual({
      progress: "推进中",
      participation: 1200,
      activities: [{ name: "桶前值守", date: "2026-11-21", kind: "binDuty", participants: 35 }],
      photos: ["abc123"],
    });
  });

  it("checks row columns, numbers, choices and dates with paths to the offending cell", () => {
    const res = dataSchema(weekly, "submit").safeParse({
      progress: "x",
      participation: -1,
      activities: [{ name: "宣讲", date: "2026-13-01", kind: "dance", participants: 2.5 }],
      photos: ["../etc/passwd"],
    });
    expect(res.success).toBe(false);
    const paths = res.success ? [] : res.error.issues.map((i) => `${i.path.join(".")}:${i.message}`).sort();
    expect(paths).toEqual([
      "activities.0.date:validation.report.date",
      "activities.0.kind:validation.report.choice",
      "activities.0.participants:validation.report.integer",
      "participation:validation.report.min",
      "photos.0:validation.id",
    ]);
    const bin = readFields(BIN_DUTY_MONTHLY.fields);
    const hours = dataSchema(bin, "submit").safeParse({ dutyPeople: 3, totalHours: "7.26", reachedNorm: 2 });
    expect(hours.success && hours.data.totalHours).toBe(7.3);
    expect(dataSchema(bin, "submit").safeParse({ dutyPeople: 3, totalHours: "abc", reachedNorm: 2 }).success).toBe(false);
  });

  it("finds numeric fields and table columns for roll-ups, and flags values that differ from the prefill", () => {
    expect(numericPaths(weekly).map((p) => p.path)).toEqual(["activities.participants", "participation"]);
    const data = { participation: 40, activities: [{ participants: 10 }, { participants: "5" }, {}] };
    const [rows, total] = numericPaths(weekly);
    expect(numericValue(data, rows)).toBe(15);
    expect(numericValue(data, total)).toBe(40);
    expect(numericValue({}, total)).toBe(0);
    expect(differsFromPrefill(weekly, { participation: 40, progress: "a" }, { participation: 38, results: "" })).toEqual(["participation", "results"]);
  });

  it("files the bin-duty table only where grassroots unions exist", () => {
    expect(filerKindsFor(BIN_DUTY_MONTHLY, ["district_union", "grassroots_union"])).toEqual(["grassroots_union"]);
    expect(filerKindsFor(BIN_DUTY_MONTHLY, ["street", "community"])).toEqual([]);
    expect(filerKindsFor(WEEKLY_PROGRESS, ["street", "community", "village"])).toEqual(["community", "village"]);
  });
});

describe("report type settings", () => {
  it("accepts what the settings page sends (empty optional texts as null) and refuses a weekly type without a weekday", async () => {
    const { typeInputSchema } = await import("@/lib/reports/schemas");
    const base = {
      code: "quarterly_notice",
      name: "季度通报材料",
      nameEn: null,
      description: null,
      cadence: "QUARTERLY",
      weekday: null,
      dayOfMonth: 10,
      dueTime: "17:00",
      periodOffset: 1,
      lockAfterDays: null,
      reminders: [{ offsetMinutes: -1440, escalate: false }],
      fields: [{ key: "summary", label: "工作情况", type: "textarea", required: true, help: "" }],
      filerKindCodes: ["community"],
      filerRootId: null,
      reviewKindCodes: [],
      exportTitle: null,
      active: true,
    };
    const ok = typeInputSchema.safeParse(base);
    expect(ok.success).toBe(true);
    expect(ok.success && ok.data).toMatchObject({ nameEn: null, exportTitle: null, lockAfterDays: null });
    const weekly = typeInputSchema.safeParse({ ...base, cadence: "WEEKLY", weekday: null });
    expect(weekly.success).toBe(false);
    expect(weekly.success ? [] : weekly.error.issues.map((i) => i.message)).toContain("validation.report.weekdayRequired");
  });
});
