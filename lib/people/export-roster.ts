import "server-only";
import { PassThrough } from "node:stream";
import { finished } from "node:stream/promises";
import ExcelJS from "exceljs";
import type { Actor } from "../access/actor";
import { onNodesIn, requireScope } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { formatDate } from "../imports/cells";
import type { Translate } from "../imports/templates";
import { findNodeInScope } from "../org/read-nodes";
import { maskPhone } from "./mask";
import { peopleWhere, type ListPeopleInput } from "./read-people";

/** Rows read per query: the workbook is streamed, so memory stays flat however long the roster is. */
const BATCH = 2_000;

const FLAG_COLUMNS = ["isPartyMember", "isUnionMember", "isModelWorker", "isVolunteer", "isCadre"] as const;

/**
 * The roster as .xlsx: the people in scope matching the roster page's filters, phones masked. Needs export.run
 * on the people (its scope narrows people.read's). One audit row records who exported what.
 */
export async function exportRoster({ actor, t, ...input }: { actor: Actor; t: Translate } & Omit<ListPeopleInput, "page" | "pageSize">) {
  const exportScope = requireScope(actor, "export.run");
  return inTenant(
    actor,
    async (tx) => {
      const node = input.nodeId ? await findNodeInScope(tx, actor, input.nodeId) : null;
      const where = { AND: [peopleWhere(actor, node?.path ?? null, input), onNodesIn(exportScope)] };

      const chunks: Buffer[] = [];
      const sink = new PassThrough();
      sink.on("data", (c: Buffer) => chunks.push(c));
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
      const ws = wb.addWorksheet(t("imports.export.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
      ws.columns = [
        { header: t("imports.export.name"), key: "name", width: 12 },
        { header: t("imports.export.phone"), key: "phone", width: 15 },
        { header: t("imports.export.unit"), key: "unit", width: 28 },
        { header: t("imports.export.unitCode"), key: "unitCode", width: 16 },
        ...FLAG_COLUMNS.map((f) => ({ header: t(`imports.columns.roster.${f}`), key: f, width: 9 })),
        { header: t("imports.export.joinedAt"), key: "joinedAt", width: 12 },
        { header: t("imports.export.status"), key: "status", width: 9 },
      ];
      ws.getRow(1).font = { bold: true };
      ws.getRow(1).commit();

      const yes = t("imports.export.yes");
      const no = t("imports.export.no");
      let count = 0;
      for (;;) {
        const rows = await tx.person.findMany({
          where,
          select: {
            name: true,
            phone: true,
            joinedAt: true,
            leftAt: true,
            isPartyMember: true,
            isUnionMember: true,
            isModelWorker: true,
            isVolunteer: true,
            isCadre: true,
            node: { select: { name: true, code: true } },
          },
          orderBy: [{ node: { path: "asc" } }, { name: "asc" }, { id: "asc" }],
          skip: count,
          take: BATCH,
        });
        for (const p of rows) {
          ws.addRow({
            name: p.name,
            phone: maskPhone(p.phone) ?? "",
            unit: p.node.name,
            unitCode: p.node.code ?? "",
            ...Object.fromEntries(FLAG_COLUMNS.map((f) => [f, p[f] ? yes : no])),
            joinedAt: p.joinedAt ? formatDate(p.joinedAt) : "",
            status: p.leftAt ? t("imports.export.left") : t("imports.export.active"),
          }).commit();
        }
        count += rows.length;
        if (rows.length < BATCH) break;
      }
      ws.commit();
      await wb.commit();
      await finished(sink);

      await audit(tx, actor, {
        action: "person.export",
        entityType: "Person",
        nodeId: node?.id ?? null,
        after: { count, nodeId: node?.id ?? null, q: input.q ?? "", flag: input.flag ?? null, status: input.status ?? "active" },
      });
      return { bytes: Buffer.concat(chunks), count, nodeName: node?.name ?? null };
    },
    { timeout: 5 * 60_000, maxWait: 15_000 },
  );
}
