// Sign-in throttling: failures counted per account and per IP; 10 failures in 15 minutes block for 15 minutes.
// Counters live in PostgreSQL so every app instance shares them.
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { getDb } from "../db";

const WINDOW_S = 15 * 60;

type Limiter = InstanceType<typeof RateLimiterPrisma>;
const g = globalThis as unknown as { __ljflLoginLimiters?: { account: Limiter; ip: Limiter } };

function limiters() {
  const points = Number(process.env.LOGIN_MAX_FAILURES ?? 10);
  const make = (keyPrefix: string) =>
    new RateLimiterPrisma({
      storeClient: getDb(),
      tableName: "rateLimit",
      keyPrefix,
      points,
      duration: WINDOW_S,
      blockDuration: WINDOW_S,
      clearExpiredByTimeout: false,
    });
  return (g.__ljflLoginLimiters ??= { account: make("login-account"), ip: make("login-ip") });
}

export type ThrottleState = { blocked: boolean; retryAfterS: number };

function state(res: { remainingPoints: number; msBeforeNext: number } | null): ThrottleState {
  if (!res || res.remainingPoints > 0) return { blocked: false, retryAfterS: 0 };
  return { blocked: true, retryAfterS: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

export async function checkLoginThrottle(login: string, ip: string): Promise<ThrottleState> {
  const { account, ip: byIp } = limiters();
  const [a, i] = await Promise.all([account.get(login.toLowerCase()), byIp.get(ip)]);
  const sa = state(a);
  const si = state(i);
  return sa.blocked || si.blocked ? { blocked: true, retryAfterS: Math.max(sa.retryAfterS, si.retryAfterS) } : sa;
}

export async function recordLoginFailure(login: string, ip: string) {
  const { account, ip: byIp } = limiters();
  // consume() rejects once the budget is spent; that rejection is the block itself, not an error.
  await Promise.all([account.consume(login.toLowerCase()).catch(() => {}), byIp.consume(ip).catch(() => {})]);
}

export async function clearLoginFailures(login: string) {
  await limiters().account.delete(login.toLowerCase()).catch(() => {});
}
