import "server-only";
import type { Actor } from "../access/actor";
import { invalid } from "../access/errors";
import { audit } from "../audit/write-audit";
import type { Tx } from "../db";
import { maskEmail } from "../people/mask";

/**
 * Set (or, with null, clear) an account's reminder address inside the caller's transaction. One address per
 * account within a tenant; the same person may use it in another district. The audit row keeps the addresses
 * masked: the log is never pruned, and a cleared address must not live on in it.
 */
export async function writeUserEmail(
  tx: Tx,
  actor: Actor,
  user: { id: string; tenantId: string | null; nodeId: string | null; email: string | null },
  email: string | null,
): Promise<boolean> {
  if (user.email === email) return false;
  if (email) {
    const taken = await tx.user.findFirst({ where: { tenantId: user.tenantId, email, NOT: { id: user.id } }, select: { id: true } });
    if (taken) throw invalid("errors.validation", { email: ["validation.emailTaken"] });
  }
  await tx.user.update({ where: { id: user.id }, data: { email } });
  await audit(tx, actor, {
    action: email ? "user.setEmail" : "user.clearEmail",
    entityType: "User",
    entityId: user.id,
    nodeId: user.nodeId,
    before: { email: maskEmail(user.email) },
    after: { email: maskEmail(email) },
  });
  return true;
}
