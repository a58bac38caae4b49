import { Readable } from "node:stream";
import { randomBytes } from "node:crypto";

/**
 * Stand-in for the object store the backups live in. Retention prunes blobs
 * after 14 days, while the catalog keeps the entries (for the audit trail).
 */
const blobs = new Map();

export function putBlob(key, data) {
  blobs.set(key, data);
}

export function deleteBlob(key) {
  blobs.delete(key);
}

export class BlobNotFound extends Error {
  constructor(key) {
    super(`blob ${key} not found`);
    this.code = "NoSuchKey";
    this.key = key;
  }
}

/** Streams a blob in 16 KiB parts, as the store's SDK does. */
export function openBlob(key) {
  let offset = 0;
  return new Readable({
    highWaterMark: 16 * 1024,
    read(size) {
      const data = blobs.get(key);
      if (!data) {
        this.destroy(new BlobNotFound(key));
        return;
      }
      if (offset >= data.length) {
        this.push(null);
        return;
      }
      const part = data.subarray(offset, offset + size);
      offset += part.length;
      this.push(part);
    },
  });
}

/** Fake dump contents: a header and some compressible rows. */
export function sampleDump(name, rows) {
  const lines = [`-- ${name}`, `-- generated ${new Date().toISOString()}`];
  for (let n = 0; n < rows; n++) {
    lines.push(
      `INSERT INTO orders VALUES (${n}, '${randomBytes(6).toString("hex")}', ${n * 7 % 1000});`,
    );
  }
  return Buffer.from(lines.join("\n"));
}
