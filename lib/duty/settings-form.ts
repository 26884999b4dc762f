// The participation settings as a form sends them (hours, "06:30-08:30" lines, check boxes) → the settings keys. Pure.
import { z } from "zod";
import { formatClock, parseClock } from "./time";

export const participationFormSchema = z
  .object({
    dutyNormHours: z.coerce.number().min(0, "duty.validation.notNegative").max(24, "duty.validation.tooLong"),
    dutySlots: z.string().trim().max(200),
    verify: z.union([z.boolean(), z.stringbool()]).default(false),
    confirm: z.union([z.boolean(), z.stringbool()]).default(false),
    visitMinutes: z.coerce.number().int().min(0).max(240),
    cardPrefix: z.string().trim().toUpperCase().regex(/^[A-Z]{0,4}$/, "points.validation.cardPrefix"),
    topN: z.coerce.number().int().min(0).max(20),
    bottomN: z.coerce.number().int().min(0).max(20),
    minObserved: z.coerce.number().int().min(0).max(100_000),
  })
  .transform((f, ctx) => {
    const slots: { start: string; end: string }[] = [];
    for (const part of f.dutySlots.split(/[,，;；\n]+/).map((x) => x.trim()).filter(Boolean)) {
      const [a, b] = part.split(/[-–~～至]/).map((x) => parseClock(x ?? ""));
      if (a === null || b === null || a === undefined || b === undefined || b <= a) {
        ctx.addIssue({ code: "custom", path: ["dutySlots"], message: "duty.validation.slotsText" });
        return z.NEVER;
      }
      slots.push({ start: formatClock(a), end: formatClock(b) });
    }
    return {
      dutyNormMinutes: Math.round(f.dutyNormHours * 60),
      dutySlots: slots,
      pointsReviewSteps: [...(f.verify ? (["VERIFY"] as const) : []), ...(f.confirm ? (["CONFIRM"] as const) : [])],
      visitMinutes: f.visitMinutes,
      cardPrefix: f.cardPrefix,
      redListRule: { topN: f.topN, bottomN: f.bottomN, minObserved: f.minObserved },
    };
  });
