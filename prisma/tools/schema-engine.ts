// Prisma's schema engine compiled to WebAssembly: writes migration SQL without the native engine, which this
// network cannot download. The module is instantiated by hand because Node does not load wasm-bindgen ESM glue.
import fs from "node:fs";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

let loaded = false;
function loadWasm() {
  if (loaded) return;
  const require = createRequire(import.meta.url);
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(wasmPath)), {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  (bg as unknown as { __wbg_set_wasm(e: WebAssembly.Exports): void }).__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  loaded = true;
}

const source = (content: string | null) =>
  content === null
    ? ({ tag: "empty" } as const)
    : ({ tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] } as const);

/**
 * SQL that takes a database from schema `from` (null: empty) to schema `to`.
 * The engine insists on a reachable database even for a pure datamodel diff; `scratchUrl` is only connected to.
 */
export async function diffSchemas(from: string | null, to: string, scratchUrl: string): Promise<string> {
  loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: scratchUrl }));
  const engine = await bg.SchemaEngine.new({ datamodels: [["schema.prisma", to]] }, () => {}, adapter);
  const result = await engine.diff({
    from: source(from),
    to: source(to),
    script: true,
    shadowDatabaseUrl: null,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  } as unknown as Parameters<typeof engine.diff>[0]);
  return (result as { stdout: string }).stdout;
}

export function isEmptyMigration(sql: string) {
  return sql.replace(/--.*$/gm, "").trim() === "";
}
