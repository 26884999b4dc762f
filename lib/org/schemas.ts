import { z } from "zod";

export const id = z.string().regex(/^[a-z0-9]{1,40}$/, "validation.id");

/** A boolean from JSON (true/false) or from a form ("true", "on", "1", "yes" …). */
export const boolish = z.union([z.boolean(), z.stringbool()]);

const name = z
  .string()
  .trim()
  .min(1, "validation.nameRequired")
  .max(100, "validation.nameTooLong");

const code = z
  .string()
  .trim()
  .max(50, "validation.codeTooLong")
  .regex(/^[A-Za-z0-9_.-]*$/, "validation.codeChars")
  .transform((v) => (v === "" ? null : v))
  .nullable()
  .optional();

export const createNodeSchema = z.object({
  parentId: id,
  kindId: id,
  name,
  code,
  sortOrder: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const updateNodeSchema = z.object({
  nodeId: id,
  name,
  code,
  sortOrder: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export const moveNodeSchema = z.object({ nodeId: id, newParentId: id });
export const nodeIdSchema = z.object({ nodeId: id });

export const childrenQuerySchema = z.object({
  nodeId: id,
  includeArchived: boolish.default(false),
});

export const searchNodesSchema = z.object({
  q: z.string().trim().max(100).default(""),
  kindId: id.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
