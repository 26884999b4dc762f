import "server-only";
// Matching a name and phone typed on a public page to the roster of a subtree: the phone first (exact, after
// normalising), then the name — but by name only people with no phone on file, so nobody signs for a colleague by
// typing the colleague's name with their own number.
import type { Tx } from "../db";
import { normalizeName, normalizePhone } from "./phone";

export async function matchRoster(tx: Tx, tenantId: string, paths: string[], name: string, phone: string) {
  const key = normalizePhone(phone);
  if (!key || !paths.length) return null;
  const inArea = { OR: paths.map((p) => ({ path: { startsWith: p } })) };
  const byPhone = await tx.person.findMany({
    where: { tenantId, leftAt: null, phone: { contains: key.slice(-8) }, node: inArea },
    select: { id: true, nodeId: true, phone: true, name: true },
    take: 20,
  });
  const phoneHit = byPhone.filter((p) => normalizePhone(p.phone) === key);
  if (phoneHit.length === 1) return phoneHit[0];
  if (phoneHit.length > 1) {
    const named = phoneHit.filter((p) => normalizeName(p.name) === normalizeName(name));
    return named.length === 1 ? named[0] : null;
  }
  const byName = await tx.person.findMany({
    where: { tenantId, leftAt: null, name: name.trim(), node: inArea },
    select: { id: true, nodeId: true, phone: true, name: true },
    take: 3,
  });
  const noPhone = byName.filter((p) => !p.phone);
  return byName.length === 1 && noPhone.length === 1 ? noPhone[0] : null;
}
