// Every zod schema of the data layer, fed hostile inputs through parseInput (what every action and route uses):
// parsing must answer (the data, or a validation error with messages), never throw anything else, never hang.
// Prints the number of inputs tried.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/access/errors";
import { parseInput } from "@/lib/access/validate";
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
      it(`${path.relative(process.cwd(), file)} › ${name}`, async () => {
        const keys = schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
        const arb = keys.length ? fc.oneof(nastyObject(keys), nastyValue) : nastyValue;
        await fc.assert(
          fc.asyncProperty(arb, async (input) => {
            tried++;
            try {
              await parseInput(schema, input);
            } catch (e) {
              // Refusals are validation errors that say what is wrong, field by field.
              if (!(e instanceof AppError) || e.code !== "VALIDATION") return false;
              for (const messages of Object.values(e.fieldErrors ?? {})) if (!messages.every((m) => typeof m === "string" && m)) return false;
            }
            return true;
          }),
          { numRuns: RUNS },
        );
      });
    }
  }
  it("refuses a length zod cannot compare (an object without a prototype) as bad input, not a crash", async () => {
    const schema = z.object({ photoIds: z.array(z.string()).max(9), name: z.string().max(20) });
    for (const input of [{ photoIds: { length: Object.create(null) } }, { name: { length: Object.create(null) } }]) {
      await expect(parseInput(schema, input)).rejects.toMatchObject({ code: "VALIDATION" });
    }
  });

  it("tried enough inputs", () => {
    console.log(`schema fuzzing: ${tried} inputs over ${files.length} files`);
    expect(tried).toBeGreaterThan(0);
  });
});
