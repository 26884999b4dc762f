import "server-only";
// "Now" for a request. Data functions take `now` as a parameter (jobs and tests pass their own); pages, actions
// and routes ask here. Browser tests may pin the clock with an `x-test-now: <ISO instant>` header, honoured only
// when the server was started with ALLOW_TEST_CLOCK=1 (the Playwright and benchmark servers, never production).
import { requestHeaders } from "../http/request-scope";
import { log } from "../log";

export const TEST_CLOCK_HEADER = "x-test-now";

export function testClockAllowed(): boolean {
  return process.env.ALLOW_TEST_CLOCK === "1";
}

let warned = false;

export async function now(): Promise<Date> {
  if (!testClockAllowed()) return new Date();
  if (!warned) {
    warned = true;
    log.warn("ALLOW_TEST_CLOCK=1: requests may set the time with x-test-now (tests only, never in production)");
  }
  try {
    const raw = (await requestHeaders()).get(TEST_CLOCK_HEADER);
    const t = raw ? Date.parse(raw) : NaN;
    return Number.isFinite(t) ? new Date(t) : new Date();
  } catch {
    return new Date(); // outside a request (a job)
  }
}
