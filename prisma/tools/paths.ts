import path from "node:path";

export const prismaDir = path.resolve(process.cwd(), "prisma");
export const schemaFile = path.join(prismaDir, "schema.prisma");
export const migrationsDir = path.join(prismaDir, "migrations");
/** Copy of schema.prisma as of a migration, kept beside its migration.sql: the "from" of the next diff. */
export const SNAPSHOT = "schema.snapshot.prisma";
