// The environment, parsed once. A missing or malformed value stops start-up with a sentence saying what to set.
import { z } from "zod";
import { smtpFromSchema, smtpUrlSchema } from "./notifications/smtp-config";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  APP_DATABASE_URL: z
    .string({ error: "APP_DATABASE_URL is not set: start the app with `npm start` (embedded database) or set DATABASE_URL." })
    .regex(/^postgres(ql)?:\/\//, "APP_DATABASE_URL must be a postgresql:// URL"),
  NEXTAUTH_SECRET: z
    .string({ error: "NEXTAUTH_SECRET is not set: set it to a random string of at least 32 characters." })
    .min(32, "NEXTAUTH_SECRET must be at least 32 characters long"),
  NEXTAUTH_URL: z.string().url().optional(),
  STORAGE_DIR: z.string().default(".data/uploads"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
  /** Calls of one hot statement (session check, report write) running at once; more requests wait and go as a batch. */
  DB_BATCH_CALLS: z.coerce.number().int().min(1).max(50).default(4),
  JOBS: z.enum(["on", "off"]).default("on"),
  /** Optional mail server for reminder emails (lib/notifications/smtp-config.ts). */
  SMTP_URL: smtpUrlSchema,
  SMTP_FROM: smtpFromSchema,
}).refine((e) => !e.SMTP_URL || e.SMTP_FROM, { path: ["SMTP_FROM"], message: 'SMTP_FROM is required with SMTP_URL: the sender, e.g. "平台提醒 <noreply@example.org>"' });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}
