import { createId } from "@paralleldrive/cuid2";

/** Ids made before insert (bulk imports build materialized paths from them). Same shape as Prisma's cuid(). */
export const newId = (): string => createId();
