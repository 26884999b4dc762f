/**
 * The client's address as reported by the reverse proxy in front of the app (X-Real-IP, else the first
 * X-Forwarded-For hop; `next start` fills X-Forwarded-For with the socket address when no proxy set it).
 */
export function clientIp(headers: Pick<Headers, "get">): string {
  const real = headers.get("x-real-ip");
  if (real) return real.trim().slice(0, 64);
  const fwd = headers.get("x-forwarded-for");
  if (fwd) return fwd.split(",")[0].trim().slice(0, 64);
  return "unknown";
}
