import { z } from "zod";
import { defineRoute } from "@/lib/access/define-route";
import { xlsxResponse } from "@/lib/http/xlsx-response";
import { requestTranslator } from "@/lib/imports/present-job";
import { id } from "@/lib/org/schemas";
import { getStationReport, stationReportXlsx } from "@/lib/points/station-report";

/** The station's monthly report (points issued, redeemed, goods out) as .xlsx. */
export const GET = defineRoute(
  { permission: null, params: z.object({ stationId: id }), query: z.object({ month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/) }) },
  async ({ actor, params, query }) => {
    const report = await getStationReport({ actor, stationId: params.stationId, month: query.month });
    const t = await requestTranslator();
    const bytes = await stationReportXlsx(report, t);
    return xlsxResponse(bytes, `${report.station.name}-${query.month}.xlsx`, `station-report-${query.month}.xlsx`);
  },
);
