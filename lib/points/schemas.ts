import { z } from "zod";
import { id } from "../org/schemas";
import { dayKey } from "../duty/schemas";

const text = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().transform((v) => v || null);
const optionalInt = z
  .union([z.literal(""), z.coerce.number().int().min(1, "points.validation.capPositive").max(100_000)])
  .optional()
  .transform((v) => (v === "" || v === undefined ? null : v));

export const CATEGORIES = ["SORTING", "ENVIRONMENT", "FRONTAGE", "SAFETY", "VOLUNTEERING", "MUTUAL_HELP", "MEMBER_DUTY", "OTHER"] as const;
export const AUDIENCES = ["RESIDENT", "MEMBER", "ANY"] as const;
export const CAP_PERIODS = ["DAY", "WEEK", "MONTH", "YEAR"] as const;

const ruleFields = {
  category: z.enum(CATEGORIES),
  name: z.string().trim().min(1, "validation.nameRequired").max(60, "validation.nameTooLong"),
  description: text(300),
  points: z.coerce.number().int("points.validation.points").min(-1000, "points.validation.points").max(1000, "points.validation.points").refine((n) => n !== 0, "points.validation.points"),
  audience: z.enum(AUDIENCES).default("ANY"),
  cap: optionalInt,
  capPeriod: z.union([z.enum(CAP_PERIODS), z.literal("")]).optional().transform((v) => v || null),
};
const capTogether = <T extends { cap: number | null; capPeriod: string | null }>(r: T) => (r.cap === null) === (r.capPeriod === null);
export const createRuleSchema = z.object(ruleFields).refine(capTogether, { path: ["capPeriod"], message: "points.validation.capWithPeriod" });
export const updateRuleSchema = z.object({ ruleId: id, ...ruleFields }).refine(capTogether, { path: ["capPeriod"], message: "points.validation.capWithPeriod" });
export const ruleIdSchema = z.object({ ruleId: id });

export const issueCardSchema = z.object({ householdId: id, holderName: text(50) });
export const cardIdSchema = z.object({ cardId: id });
export const cardTokenSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, "validation.id") });

const photoIds = z.array(id).max(9, "validation.tooMany").default([]);
export const claimSchema = z.object({ ruleId: id, occurredOn: dayKey, note: text(300), photoIds });
export const awardSchema = z
  .object({ ruleId: id, cardToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).optional(), personId: id.optional(), occurredOn: dayKey.optional(), note: text(300), photoIds })
  .refine((a) => !!a.cardToken !== !!a.personId, { path: ["cardToken"], message: "points.validation.cardOrPerson" });
export const claimIdSchema = z.object({ claimId: id });
export const rejectClaimSchema = z.object({ claimId: id, reason: z.string().trim().min(1, "points.validation.reasonRequired").max(200, "validation.tooLong") });
export const reverseSchema = z.object({ entryId: id, memo: z.string().trim().min(1, "points.validation.reasonRequired").max(200, "validation.tooLong") });

export const stationSchema = z.object({
  nodeId: id,
  name: z.string().trim().min(1, "validation.nameRequired").max(60, "validation.nameTooLong"),
  address: text(200),
  openDays: z.array(z.coerce.number().int().min(1).max(7)).default([]),
  openingNote: text(200),
});
export const goodsSchema = z.object({
  stationId: id,
  name: z.string().trim().min(1, "validation.nameRequired").max(60, "validation.nameTooLong"),
  unit: text(10),
  price: z.coerce.number().int("points.validation.price").min(1, "points.validation.price").max(1_000_000, "points.validation.price"),
  stock: z.coerce.number().int("points.validation.stock").min(0, "points.validation.stock").max(1_000_000, "points.validation.stock"),
});
export const restockSchema = z.object({ goodsId: id, add: z.coerce.number().int().min(-1_000_000).max(1_000_000).refine((n) => n !== 0, "points.validation.stock") });
export const offerSchema = z.object({
  nodeId: id,
  kind: z.enum(["GIFT", "VOUCHER", "TRAINING"]),
  name: z.string().trim().min(1, "validation.nameRequired").max(60, "validation.nameTooLong"),
  hours: z.coerce.number().min(0.25, "points.validation.hours").max(1000, "points.validation.hours"),
  stock: z.coerce.number().int().min(0).max(100_000),
});

export const exchangeSchema = z
  .object({
    stationId: id,
    cardToken: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/).optional(),
    cardNumber: z.string().trim().max(20).optional(),
    personId: id.optional(),
    lines: z.array(z.object({ goodsId: id, quantity: z.coerce.number().int().min(1, "points.validation.quantity").max(100, "points.validation.quantity") })).min(1, "points.validation.chooseGoods").max(20),
  })
  .refine((e) => [e.cardToken, e.cardNumber, e.personId].filter(Boolean).length === 1, { path: ["cardNumber"], message: "points.validation.cardOrPerson" });
export const redeemSchema = z.object({ goodsId: id });
