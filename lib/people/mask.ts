/** 13812341234 → 138****1234. Shorter numbers keep their last two digits. Pure: used in lists, exports, logs. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  const digits = phone.trim();
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length > 4) return `${"*".repeat(digits.length - 2)}${digits.slice(-2)}`;
  return "****";
}

/** zhang.san@example.com → z*******@example.com: enough to recognise one's own address, not to write to it. */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return email ?? null;
  const at = email.lastIndexOf("@");
  if (at < 1) return "****";
  const local = email.slice(0, at);
  return `${local[0]}${"*".repeat(Math.max(3, local.length - 1))}${email.slice(at)}`;
}
