// Messages live in one file per namespace and language (lib/i18n/messages/<locale>/<namespace>.json), so each
// domain keeps its own words. This loads them all for a locale; namespaces are the file names.
import fs from "node:fs";
import path from "node:path";
import type { Locale } from "./locale";

const cache = new Map<Locale, Record<string, unknown>>();

export function loadMessages(locale: Locale): Record<string, unknown> {
  const hit = cache.get(locale);
  if (hit && process.env.NODE_ENV === "production") return hit;
  const dir = path.join(process.cwd(), "lib", "i18n", "messages", locale);
  const out: Record<string, unknown> = {};
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    out[file.slice(0, -5)] = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8"));
  }
  cache.set(locale, out);
  return out;
}
