// Phone numbers typed on public pages: the duplicate key of signers and walk-ins who are not on the roster.

/** Digits only, without a +86 / 0086 prefix; null unless it is a mainland mobile number. */
export function normalizePhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let d = raw.replace(/[\s\-()（）]/g, "");
  if (d.startsWith("+86")) d = d.slice(3);
  else if (d.startsWith("0086")) d = d.slice(4);
  else if (d.length === 13 && d.startsWith("86")) d = d.slice(2);
  return /^1[3-9]\d{9}$/.test(d) ? d : null;
}

/** Names compared loosely: spaces (also full-width) and the middle dot of minority names do not matter. */
export function normalizeName(raw: string): string {
  return raw.replace(/[\s\u3000·•．.]/g, "").toLowerCase();
}
