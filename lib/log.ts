// Structured JSON logs (pino). Every line of a request carries its request id.
import pino from "pino";

const g = globalThis as unknown as { __ljflLog?: pino.Logger };

export const log: pino.Logger = (g.__ljflLog ??= pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { app: "ljfl" },
  redact: { paths: ["*.password", "*.passwordHash", "*.phone", "req.headers.cookie", "req.headers.authorization"], censor: "[redacted]" },
  timestamp: pino.stdTimeFunctions.isoTime,
}));

export const requestLog = (requestId?: string) => (requestId ? log.child({ requestId }) : log);
