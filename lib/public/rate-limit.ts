import "server-only";
// Rate limits for public pages (pledge signing by QR, check-ins): per client address and per page, shared by
// every app instance through PostgreSQL. Over the limit → 429 with a plain message.
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { AppError } from "../access/errors";
import { getDb } from "../db";

type Limiter = InstanceType<typeof RateLimiterPrisma>;
const g = globalThis as unknown as { __ljflPublicLimiters?: Map<string, Limiter> };

/** `points` requests per `durationS` seconds for one key (an address, a phone number …) on one page. */
export async function limitPublic(page: string, key: string, points = 20, durationS = 60) {
  const limiters = (g.__ljflPublicLimiters ??= new Map());
  const id = `${page}:${points}:${durationS}`;
  let limiter = limiters.get(id);
  if (!limiter) {
    limiter = new RateLimiterPrisma({ storeClient: getDb(), tableName: "rateLimit", keyPrefix: `public-${page}`, points, duration: durationS, clearExpiredByTimeout: false });
    limiters.set(id, limiter);
  }
  try {
    await limiter.consume(key);
  } catch (e) {
    if (e instanceof Error) throw e;
    throw new AppError("RATE_LIMITED", "errors.rateLimited");
  }
}
