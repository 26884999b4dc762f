// Every zod schema of the data layer, fed hostile inputs: parsing must answer (success or a list of issues with
// messages), never throw, never hang. Prints the number of inputs tried.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { nastyObject, nastyValue } from "../fuzz/nasty";

function schemaFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" ? [] : schemaFiles(full);
    return e.name === "schemas.ts" || full.endsWith(path.join("tenants", "settings.ts")) ? [full] : [];
  });
}

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
let tried = 0;

describe("fuzzing every zod schema", async () => {
  const files = schemaFiles(path.join(process.cwd(), "lib"));
  for (const file of files) {
    const mod = await import(/* @vite-ignore */ file);
    for (const [name, schema] of Object.entries(mod)) {
      if (!(schema instanceof z.ZodType)) continue;
      it(`${path.relative(process.cwd(), file)} › ${name}`, () => {
        const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
        const arb = keys.length ? fc.oneof(nastyObject(keys), nastyValue) : nastyValue;
        fc.assert(
          fc.property(arb, (input) => {
            tried++;
            const r = schema.safeParse(input, { error: z.locales.zhCN().localeError });
            if (!r.success) {
              // Refusals say what is wrong, field by field.
              for (const issue of r.error.issues) if (typeof issue.message !== "string" || !issue.message) return false;
            }
            return true;
          }),
          { numRuns: RUNS },
        );
      });
    }
  }
  it("tried enough inputs", () => {
    console.log(`schema fuzzing: ${tried} inputs over ${files.length} files`);
    expect(tried).toBeGreaterThan(0);
  });
});
