import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readStoredFile, storeUpload } from "@/lib/storage/files";
import { createTestTenant } from "../factories/tenant";

const PNG = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082", "hex");

beforeAll(() => {
  process.env.STORAGE_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), "ljfl-files-"));
});

describe("uploads", () => {
  it("judges type by content, not name, and limits size", async () => {
    const t = await createTestTenant();
    const actor = t.actors.unitAdminA;
    const ok = await storeUpload({ actor, bytes: PNG, name: "photo.jpg", kind: "image", nodeId: t.nodes.a1.id });
    expect(ok).toMatchObject({ mime: "image/png", originalName: "photo.jpg.png" });
    // HTML that calls itself a picture is refused.
    await expect(storeUpload({ actor, bytes: Buffer.from("<script>alert(1)</script>"), name: "x.png", kind: "image" })).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA" });
    // An SVG (it can carry script) is not an accepted image.
    await expect(storeUpload({ actor, bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>x</script></svg>'), name: "a.svg", kind: "image" })).rejects.toMatchObject({ code: "UNSUPPORTED_MEDIA" });
    await expect(storeUpload({ actor, bytes: Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)]), name: "big.png", kind: "image" })).rejects.toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    await expect(storeUpload({ actor, bytes: Buffer.alloc(0), name: "empty.png", kind: "image" })).rejects.toMatchObject({ code: "VALIDATION" });
    // Path tricks in the name never reach the file system: the name is only a label.
    const tricky = await storeUpload({ actor, bytes: PNG, name: "../../etc/passwd", kind: "image" });
    expect(tricky.originalName).not.toContain("/");
  });

  it("attaches only to nodes in scope, and serves only within scope", async () => {
    const t = await createTestTenant();
    const other = await createTestTenant();
    await expect(storeUpload({ actor: t.actors.unitAdminA, bytes: PNG, name: "p.png", kind: "image", nodeId: t.nodes.b.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(storeUpload({ actor: t.actors.unitAdminA, bytes: PNG, name: "p.png", kind: "image", nodeId: other.nodes.a.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const f = await storeUpload({ actor: t.actors.unitAdminA, bytes: PNG, name: "p.png", kind: "image", nodeId: t.nodes.a1.id });
    expect((await readStoredFile({ actor: t.actors.unitAdminA, fileId: f.id })).bytes.equals(PNG)).toBe(true);
    expect((await readStoredFile({ actor: t.actors.leader, fileId: f.id })).mime).toBe("image/png");
    await expect(readStoredFile({ actor: t.actors.unitAdminB, fileId: f.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(readStoredFile({ actor: other.actors.tenantAdmin, fileId: f.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
