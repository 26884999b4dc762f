"use server";
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { getCard, issueCard, revokeCard } from "@/lib/points/cards";
import { awardPoints, confirmClaim, rejectClaim, submitClaim, verifyClaim } from "@/lib/points/claims";
import { findHolders, performExchange, redeemOffer } from "@/lib/points/exchanges";
import { createRule, setRuleArchived, updateRule } from "@/lib/points/rules";
import {
  awardSchema,
  cardIdSchema,
  claimIdSchema,
  claimSchema,
  createRuleSchema,
  exchangeSchema,
  goodsSchema,
  issueCardSchema,
  offerSchema,
  redeemSchema,
  rejectClaimSchema,
  restockSchema,
  reverseSchema,
  ruleIdSchema,
  stationSchema,
  updateRuleSchema,
} from "@/lib/points/schemas";
import { reverseEntry } from "@/lib/points/statement";
import { addGoods, createStation, restockGoods, setGoodsArchived } from "@/lib/points/stations";
import { createOffer } from "@/lib/points/time-bank";
import { listHouseholds } from "@/lib/households/read-households";
import { id } from "@/lib/org/schemas";

export const createRuleAction = defineAction({ permission: "points.manage", input: createRuleSchema }, ({ actor, input }) => createRule({ actor, data: input }));
export const updateRuleAction = defineAction({ permission: "points.manage", input: updateRuleSchema }, ({ actor, input }) => updateRule({ actor, data: input }));
export const archiveRuleAction = defineAction({ permission: "points.manage", input: ruleIdSchema.extend({ archived: z.boolean() }) }, ({ actor, input }) => setRuleArchived({ actor, ...input }));

export const issueCardAction = defineAction({ permission: "points.cards", input: issueCardSchema }, ({ actor, input }) => issueCard({ actor, ...input }));
export const revokeCardAction = defineAction({ permission: "points.cards", input: cardIdSchema }, ({ actor, input }) => revokeCard({ actor, cardId: input.cardId }));
/** Households for the card issuing picker: a few matches by head of household, room or building. */
export const searchHouseholdsAction = defineAction({ permission: "households.read", input: z.object({ q: z.string().trim().max(50), nodeId: id.optional() }) }, async ({ actor, input }) => {
  const res = await listHouseholds({ actor, q: input.q, nodeId: input.nodeId, pageSize: 10 });
  return res.rows.map((h) => ({ id: h.id, label: [h.building, h.unit, h.room].filter(Boolean).join(" "), headName: h.headName, nodeName: h.node.name }));
});

export const submitClaimAction = defineAction({ permission: "points.self", input: claimSchema }, ({ actor, input }) => submitClaim({ actor, data: input }));
export const awardPointsAction = defineAction({ permission: "points.award", input: awardSchema }, ({ actor, input }) => awardPoints({ actor, data: input }));
export const verifyClaimAction = defineAction({ permission: "points.verify", input: claimIdSchema }, ({ actor, input }) => verifyClaim({ actor, claimId: input.claimId }));
export const confirmClaimAction = defineAction({ permission: "points.manage", input: claimIdSchema }, ({ actor, input }) => confirmClaim({ actor, claimId: input.claimId }));
export const rejectClaimAction = defineAction({ permission: null, input: rejectClaimSchema }, ({ actor, input }) => rejectClaim({ actor, claimId: input.claimId, reason: input.reason }));
export const reverseEntryAction = defineAction({ permission: "points.manage", input: reverseSchema }, ({ actor, input }) => reverseEntry({ actor, entryId: input.entryId, memo: input.memo }));

export const createStationAction = defineAction({ permission: "points.manage", input: stationSchema }, ({ actor, input }) => createStation({ actor, data: input }));
export const addGoodsAction = defineAction({ permission: "points.manage", input: goodsSchema }, ({ actor, input }) => addGoods({ actor, data: input }));
export const restockGoodsAction = defineAction({ permission: null, input: restockSchema }, ({ actor, input }) => restockGoods({ actor, goodsId: input.goodsId, add: input.add }));
export const archiveGoodsAction = defineAction({ permission: "points.manage", input: z.object({ goodsId: id, archived: z.boolean() }) }, ({ actor, input }) => setGoodsArchived({ actor, ...input }));
export const exchangeAction = defineAction({ permission: "station.operate", input: exchangeSchema }, ({ actor, input }) => performExchange({ actor, data: input }));

export const createOfferAction = defineAction({ permission: "points.manage", input: offerSchema }, ({ actor, input }) => createOffer({ actor, data: input }));
export const redeemOfferAction = defineAction({ permission: "points.self", input: redeemSchema }, ({ actor, input }) => redeemOffer({ actor, goodsId: input.goodsId }));

/** The operator's look-ups: a card by its number, or a member by name. */
export const lookupCardAction = defineAction({ permission: "station.operate", input: z.object({ number: z.string().trim().min(1).max(20) }) }, async ({ actor, input }) => {
  const card = await getCard({ actor, number: input.number, permission: "station.operate" });
  return { number: card.number, holderName: card.holderName, address: [card.household.building, card.household.unit, card.household.room].filter(Boolean).join(" "), points: card.account?.points ?? 0 };
});
export const findHoldersAction = defineAction({ permission: "station.operate", input: z.object({ q: z.string().trim().max(50) }) }, ({ actor, input }) => findHolders({ actor, q: input.q }));
