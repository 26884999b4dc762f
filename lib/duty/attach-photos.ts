import "server-only";
import type { Actor } from "../access/actor";
import { invalid } from "../access/errors";
import { tenantOf } from "../access/scope";
import type { Tx } from "../db";

/**
 * Photos uploaded through /api/files by the actor are attached to a record: they must be the actor's own uploads
 * (ids from anyone else are refused), and they take the record's node so those who may read the record may
 * download them.
 */
export async function attachPhotos(tx: Tx, actor: Actor, fileIds: string[], nodeId: string, field = "photoIds"): Promise<string[]> {
  const ids = [...new Set(fileIds)];
  if (!ids.length) return [];
  const own = await tx.fileObject.findMany({
    where: { tenantId: tenantOf(actor), id: { in: ids }, uploadedById: actor.userId, mime: { startsWith: "image/" } },
    select: { id: true },
  });
  if (own.length !== ids.length) throw invalid("errors.validation", { [field]: ["duty.validation.photoUnknown"] });
  await tx.fileObject.updateMany({ where: { tenantId: tenantOf(actor), id: { in: ids }, nodeId: null }, data: { nodeId } });
  return ids;
}
