import { describe, expect, it } from "vitest";
import { maskPhone } from "@/lib/people/mask";
import { childPath, idsOnPath, mayPlaceUnder, wouldCreateCycle } from "@/lib/org/tree-rules";
import { kindsFor } from "@/lib/org/kind-templates";
import { checkPasswordPolicy, temporaryPassword } from "@/lib/users/password-policy";
import { sessionExpired, ABSOLUTE_S } from "@/lib/auth/session-policy";
import { redact } from "@/lib/audit/write-audit";
import crypto from "node:crypto";

describe("phone masking", () => {
  it("masks mobile numbers as 138****1234 and never returns the middle digits", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
    expect(maskPhone("0571-88889999")).toBe("057****9999");
    expect(maskPhone("12345")).toBe("***45");
    expect(maskPhone(null)).toBeNull();
  });
  it("redacts phones and secrets in audit payloads", () => {
    expect(redact({ name: "a", phone: "13812341234", passwordHash: "x", nested: { phone: "13900001111" } })).toEqual({
      name: "a",
      phone: "138****1234",
      nested: { phone: "139****1111" },
    });
  });
});

describe("tree rules", () => {
  const kinds = kindsFor("street");
  const kind = (code: string) => kinds.find((k) => k.code === code)!;
  it("follows the kind table: a compound sits under a community, not under a street", () => {
    expect(mayPlaceUnder({ ...kind("compound"), allowRoot: false }, "community")).toBe(true);
    expect(mayPlaceUnder({ ...kind("compound"), allowRoot: false }, "street")).toBe(false);
    expect(mayPlaceUnder({ ...kind("street"), allowRoot: true }, null)).toBe(true);
    expect(mayPlaceUnder({ ...kind("community"), allowRoot: false }, null)).toBe(false);
  });
  it("builds paths and refuses moves into the own subtree", () => {
    expect(childPath(null, "a")).toBe("/a/");
    expect(childPath("/a/", "b")).toBe("/a/b/");
    expect(idsOnPath("/a/b/c/")).toEqual(["a", "b", "c"]);
    expect(wouldCreateCycle("/a/b/", "/a/b/c/")).toBe(true);
    expect(wouldCreateCycle("/a/b/", "/a/")).toBe(false);
    expect(() => childPath("/a/", "../x")).toThrow();
  });
  it("keeps every template's parent codes inside the template", () => {
    for (const t of ["union", "street", "district"] as const) {
      const ks = kindsFor(t);
      const codes = new Set(ks.map((k) => k.code));
      for (const k of ks) for (const p of k.parentCodes) expect(codes.has(p), `${t}:${k.code}<-${p}`).toBe(true);
      expect(ks.some((k) => k.allowRoot)).toBe(true);
    }
  });
});

describe("password policy", () => {
  it("refuses short, one-kind, common and login-containing passwords", () => {
    expect(checkPasswordPolicy("Ab1!")).toEqual({ ok: false, reason: "short" });
    expect(checkPasswordPolicy("abcdefgh")).toEqual({ ok: false, reason: "kinds" });
    expect(checkPasswordPolicy("Password1!")).toEqual({ ok: false, reason: "common" });
    expect(checkPasswordPolicy("demo12345")).toMatchObject({ ok: false });
    expect(checkPasswordPolicy("zhangsan-Ok-2026!", { login: "zhangsan" })).toEqual({ ok: false, reason: "containsLogin" });
    expect(checkPasswordPolicy("Lv7-tQ9#pw2026")).toEqual({ ok: true });
    expect(checkPasswordPolicy("Lv7-tQ9#pw", { minLength: 12 })).toEqual({ ok: false, reason: "short" });
  });
  it("issues temporary passwords that pass the policy", () => {
    for (let i = 0; i < 50; i++) expect(checkPasswordPolicy(temporaryPassword(crypto.randomBytes))).toEqual({ ok: true });
  });
});

describe("session lifetimes", () => {
  const now = 1_800_000_000;
  it("expires after 30 idle minutes and after 8 hours whatever the activity", () => {
    expect(sessionExpired({ authTime: now - 60, lastActive: now - 60 }, now)).toBe(false);
    expect(sessionExpired({ authTime: now - 3600, lastActive: now - 31 * 60 }, now)).toBe(true);
    expect(sessionExpired({ authTime: now - ABSOLUTE_S - 1, lastActive: now - 5 }, now)).toBe(true);
    expect(sessionExpired({ authTime: 0, lastActive: now }, now)).toBe(true);
  });
});
