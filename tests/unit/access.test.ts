import { describe, expect, it } from "vitest";
import { can, pathInScope, pathStrictlyInScope, scopeOf, type Actor } from "@/lib/access/actor";
import { GRANTABLE_BY, PERMISSIONS, ROLE_PERMISSIONS, ROLES } from "@/lib/access/permissions";
import { formDataToObject } from "@/lib/access/form-data";
import { AppError, STATUS, toAppError } from "@/lib/access/errors";
import { z } from "zod";

const actor = (grants: Actor["grants"], followed: Actor["followed"] = []): Actor => ({
  userId: "u1",
  tenantId: "t1",
  personId: "p1",
  displayName: "x",
  grants,
  followed,
  locale: "zh-CN",
});

describe("permissions table", () => {
  it("gives every permission to some role and only known permissions", () => {
    const used = new Set(Object.values(ROLE_PERMISSIONS).flat());
    for (const p of PERMISSIONS) expect(used.has(p), p).toBe(true);
    for (const p of used) expect(PERMISSIONS).toContain(p);
  });
  it("never lets a role grant a role with platform reach, and only admins grant at all", () => {
    for (const r of ROLES) {
      if (r !== "PLATFORM_ADMIN") expect(GRANTABLE_BY[r]).not.toContain("PLATFORM_ADMIN");
      if (GRANTABLE_BY[r].length && r !== "PLATFORM_ADMIN") expect(ROLE_PERMISSIONS[r]).toContain("users.write");
    }
  });
  it("keeps leaders and representatives read-only on the organisation", () => {
    for (const r of ["LEADER", "REPRESENTATIVE", "REPORTER", "MEMBER"] as const) {
      expect(ROLE_PERMISSIONS[r]).not.toContain("org.write");
      expect(ROLE_PERMISSIONS[r]).not.toContain("people.write");
      expect(ROLE_PERMISSIONS[r]).not.toContain("users.write");
    }
  });
});

describe("scopeOf", () => {
  it("collects subtree paths of roles that hold the permission, without nested duplicates", () => {
    const a = actor([
      { role: "UNIT_ADMIN", nodeId: "a", path: "/r/a/" },
      { role: "REPORTER", nodeId: "a1", path: "/r/a/a1/" },
      { role: "UNIT_ADMIN", nodeId: "b", path: "/r/b/" },
    ]);
    expect(scopeOf(a, "people.write").paths).toEqual(["/r/a/", "/r/b/"]);
    expect(scopeOf(a, "org.read").paths.sort()).toEqual(["/r/a/", "/r/b/"]);
  });
  it("gives representatives the units they follow, not the node their role sits on", () => {
    const rep = actor([{ role: "REPRESENTATIVE", nodeId: "r", path: "/r/" }], [{ nodeId: "a1", path: "/r/a/a1/" }, { nodeId: "b", path: "/r/b/" }]);
    expect(scopeOf(rep, "people.read").paths).toEqual(["/r/b/", "/r/a/a1/"].sort((x, y) => x.length - y.length));
    expect(pathInScope("/r/a/", scopeOf(rep, "org.read"))).toBe(false);
    expect(can(rep, "people.write")).toBe(false);
  });
  it("gives members only themselves", () => {
    const m = actor([{ role: "MEMBER", nodeId: "a1", path: "/r/a/a1/" }]);
    expect(scopeOf(m, "self.read")).toMatchObject({ self: true, paths: [] });
    expect(can(m, "people.read")).toBe(false);
    expect(can(m, "org.read")).toBe(false);
  });
  it("never treats a scope root as strictly inside (nobody moves the node they stand on)", () => {
    const s = scopeOf(actor([{ role: "UNIT_ADMIN", nodeId: "a", path: "/r/a/" }]), "org.write");
    expect(pathStrictlyInScope("/r/a/", s)).toBe(false);
    expect(pathStrictlyInScope("/r/a/x/", s)).toBe(true);
    expect(pathInScope("/r/ab/", s)).toBe(false);
  });
});

describe("form data and errors", () => {
  it("turns repeated keys and [] keys into arrays and drops React's own fields", () => {
    const fd = new FormData();
    fd.append("name", "张三");
    fd.append("ids[]", "a");
    fd.append("ids[]", "b");
    fd.append("tag", "x");
    fd.append("tag", "y");
    fd.append("$ACTION_ID_1", "z");
    expect(formDataToObject(fd)).toEqual({ name: "张三", ids: ["a", "b"], tag: ["x", "y"] });
  });
  it("maps zod, unique and missing-row errors to 422, 409 and 404, anything else to a generic 500", () => {
    const zerr = z.object({ a: z.string() }).safeParse({}).error!;
    expect(STATUS[toAppError(zerr).code]).toBe(422);
    expect(toAppError(zerr).fieldErrors?.a?.length).toBe(1);
    expect(STATUS[toAppError({ code: "P2002" }).code]).toBe(409);
    expect(STATUS[toAppError({ code: "P2025" }).code]).toBe(404);
    const internal = toAppError(new Error("relation \"x\" does not exist"));
    expect(internal.code).toBe("INTERNAL");
    expect(internal.messageKey).toBe("errors.internal");
    expect(toAppError(new AppError("CONFLICT", "k")).code).toBe("CONFLICT");
  });
});
