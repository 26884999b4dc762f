import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ownerClient } from "@/lib/db/owner-client";
import { createBackup, fingerprint, restoreBackup } from "@/lib/ops/backup";
import { seedDemo } from "../../prisma/seed/demo";
import { applyMigrations } from "../../prisma/tools/migrate";
import { scratchDatabase } from "../setup/test-database";


describe("backup and restore", () => {
  it("round-trips the demo data: every table's row count and checksum match, and the uploads come back", async () => {
    const source = await scratchDatabase("ljfl_backup_src");
    await applyMigrations(source);
    const db = ownerClient(source);
    await seedDemo(db);
    await db.$disconnect();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ljfl-bk-"));
    const uploads = path.join(dir, "uploads");
    fs.mkdirSync(path.join(uploads, "ab"), { recursive: true });
    fs.writeFileSync(path.join(uploads, "ab", "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));

    const file = await createBackup({ ownerUrl: source, storageDir: uploads, outDir: path.join(dir, "out") });
    expect(path.basename(file)).toMatch(/^ljfl-backup-\d{8}-\d{6}\.tar$/);

    const target = await scratchDatabase("ljfl_backup_dst");
    const restoredUploads = path.join(dir, "restored-uploads");
    const { expected, restored } = await restoreBackup({ file, targetUrl: target, storageDir: restoredUploads });
    expect(restored).toEqual(expected);
    const people = restored.find((t) => t.table === "Person")!;
    expect(people.rows).toBeGreaterThan(500);
    expect(await fingerprint(source)).toEqual(restored);
    expect(fs.readFileSync(path.join(restoredUploads, "ab", "photo.jpg"))).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));

    // A second restore into the same (now full) database is refused.
    await expect(restoreBackup({ file, targetUrl: target, storageDir: restoredUploads })).rejects.toThrow(/not empty/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
