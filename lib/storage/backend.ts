// Where file bytes live. The local backend writes under STORAGE_DIR (default .data/uploads, never inside
// public/), content-addressed so the same photo uploaded twice is stored once. Another backend (object storage)
// implements the same three calls.
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

export interface StorageBackend {
  put(key: string, bytes: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  remove(key: string): Promise<void>;
}

export class LocalStorage implements StorageBackend {
  constructor(private root: string) {}
  private file(key: string) {
    if (!/^[a-z0-9]+\/[a-f0-9]{2}\/[a-f0-9]{64}$/.test(key)) throw new Error("bad storage key");
    return path.join(this.root, key);
  }
  async put(key: string, bytes: Buffer) {
    const file = this.file(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    // Write then rename: a crash never leaves a half-written file under the final name.
    const tmp = `${file}.${crypto.randomBytes(6).toString("hex")}.tmp`;
    await fs.writeFile(tmp, bytes, { flag: "wx" });
    await fs.rename(tmp, file);
  }
  get(key: string) {
    return fs.readFile(this.file(key));
  }
  async remove(key: string) {
    await fs.rm(this.file(key), { force: true });
  }
}

let backend: StorageBackend | undefined;
export function storage(): StorageBackend {
  return (backend ??= new LocalStorage(path.resolve(/*turbopackIgnore: true*/ process.env.STORAGE_DIR ?? ".data/uploads")));
}

export function storageKey(tenantId: string, sha256: string) {
  return `${tenantId}/${sha256.slice(0, 2)}/${sha256}`;
}
