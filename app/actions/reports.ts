"use server";
import { z } from "zod";
import { defineAction } from "@/lib/access/define-action";
import { getRevisionPair } from "@/lib/reports/read-submissions";
import { createReportType, installBuiltinTypes, updateReportType } from "@/lib/reports/report-types";
import { reopenSchema, reportRef, reviewSchema, revisionSchema, typeInputSchema, writeReportSchema } from "@/lib/reports/schemas";
import { getReportState, reopenReport, reviewReport, writeReport } from "@/lib/reports/write-submissions";
import { now } from "@/lib/time/clock";

/** Auto-save of a draft (every few seconds and on leaving a field). */
export const saveReportDraftAction = defineAction({ permission: "reports.submit", input: writeReportSchema }, async ({ actor, input }) =>
  writeReport({ actor, action: "save", input, now: await now() }),
);

/** Submit: idempotent per click (the client sends one key per click and retries with it). */
export const submitReportAction = defineAction({ permission: "reports.submit", input: writeReportSchema }, async ({ actor, input }) =>
  writeReport({ actor, action: "submit", input, now: await now() }),
);

/** The newest content of a report, after a save was refused as stale. */
export const getReportStateAction = defineAction({ permission: "reports.read", input: reportRef }, ({ actor, input }) =>
  getReportState({ actor, type: input.type, period: input.period, nodeId: input.nodeId }),
);

export const getRevisionPairAction = defineAction({ permission: "reports.read", input: revisionSchema }, ({ actor, input }) => getRevisionPair({ actor, ...input }));

export const reviewReportAction = defineAction({ permission: "reports.review", input: reviewSchema }, async ({ actor, input }) =>
  reviewReport({ actor, input, now: await now() }),
);

export const reopenReportAction = defineAction({ permission: "reports.review", input: reopenSchema }, async ({ actor, input }) =>
  reopenReport({ actor, input, now: await now() }),
);

export const installBuiltinTypesAction = defineAction({ permission: "reports.configure", input: z.object({}) }, ({ actor }) => installBuiltinTypes({ actor }));

export const saveReportTypeAction = defineAction(
  { permission: "reports.configure", input: z.object({ mode: z.enum(["create", "update"]), type: typeInputSchema }) },
  ({ actor, input }) => {
    if (input.mode === "create") return createReportType({ actor, data: input.type });
    const { code, ...data } = input.type;
    return updateReportType({ actor, code, data });
  },
);
