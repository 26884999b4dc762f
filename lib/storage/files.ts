import "server-only";
import crypto from "node:crypto";
import type { Actor } from "../access/actor";
import { scopeOf } from "../access/actor";
import { AppError, notFound } from "../access/errors";
import { tenantOf } from "../access/scope";
import { inTenant } from "../access/tenant-tx";
import { audit } from "../audit/write-audit";
import { findNodeInScope } from "../org/read-nodes";
import { storage, storageKey } from "./backend";
import { extensionFor, sniff, UPLOAD_KINDS, type UploadKind } from "./content-type";

const SAFE_NAME = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * Store an upload: size limit, type by content, bytes first (content-addressed, so a crash leaves at worst an
 * unreferenced file), then the row. The node, when given, must be inside the actor's scope.
 */
export async function storeUpload({ actor, bytes, name, kind, nodeId }: { actor: Actor; bytes: Buffer; name: string; kind: UploadKind; nodeId?: string | null }) {
  const rule = UPLOAD_KINDS[kind];
  if (bytes.length === 0) throw new AppError("VALIDATION", "errors.fileEmptyUpload");
  if (bytes.length > rule.maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", "errors.fileTooLarge", { mb: Math.round(rule.maxBytes / 1048576) });
  const mime = await sniff(bytes);
  if (!mime || !(rule.mimes as readonly string[]).includes(mime)) throw new AppError("UNSUPPORTED_MEDIA", kind === "image" ? "errors.fileNotImage" : "errors.fileTypeNotAllowed");
  const tenantId = tenantOf(actor);
  const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  const key = storageKey(tenantId, sha256);
  await storage().put(key, bytes).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "EEXIST") throw e;
  });
  const base = name.replace(SAFE_NAME, "_").slice(0, 120) || "file";
  const ext = extensionFor(mime);
  const originalName = ext && !base.toLowerCase().endsWith(`.${ext}`) ? `${base}.${ext}` : base;
  return inTenant(actor, async (tx) => {
    if (nodeId) await findNodeInScope(tx, actor, nodeId);
    const row = await tx.fileObject.create({
      data: { tenantId, nodeId: nodeId ?? null, uploadedById: actor.userId, storageKey: key, sha256, size: bytes.length, mime, originalName },
      select: { id: true, mime: true, size: true, originalName: true },
    });
    await audit(tx, actor, { action: "file.upload", entityType: "FileObject", entityId: row.id, nodeId: nodeId ?? null, after: { mime, size: bytes.length, name: originalName } });
    return row;
  });
}

/** A file the actor may download: their own upload, or one attached to a node they can read. */
export async function readStoredFile({ actor, fileId }: { actor: Actor; fileId: string }) {
  const row = await inTenant(actor, (tx) =>
    tx.fileObject.findFirst({ where: { id: fileId, tenantId: tenantOf(actor) }, select: { storageKey: true, mime: true, originalName: true, uploadedById: true, nodeId: true } }),
  );
  if (!row) throw notFound();
  if (row.uploadedById !== actor.userId) {
    if (!row.nodeId) throw notFound();
    const node = await inTenant(actor, (tx) => tx.orgNode.findFirst({ where: { id: row.nodeId!, tenantId: tenantOf(actor) }, select: { path: true } }));
    const paths = [...scopeOf(actor, "org.read").paths];
    if (!node || !paths.some((p) => node.path.startsWith(p))) throw notFound();
  }
  return { bytes: await storage().get(row.storageKey), mime: row.mime, name: row.originalName };
}
