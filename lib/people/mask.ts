/** 13812341234 → 138****1234. Shorter numbers keep their last two digits. Pure: used in lists, exports, logs. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return phone ?? null;
  const digits = phone.trim();
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  if (digits.length > 4) return `${"*".repeat(digits.length - 2)}${digits.slice(-2)}`;
  return "****";
}
