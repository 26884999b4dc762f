import path from "node:path";
import { defineConfig } from "prisma/config";

// The standard CLI reads this file; our offline tools (prisma/tools) read the same paths.
// Generation needs no database; migrate commands use DATABASE_URL (the owner role).
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
