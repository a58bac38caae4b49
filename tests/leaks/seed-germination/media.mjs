import { createHash } from "node:crypto";

/**
 * Photos of the germination trays: staged while a test record is put together, then
 * discarded; the record keeps only the checksum and the archive URL.
 */
export class TrayPhotos {
  #staged = new Map();
  #seq = 0;

  async stage(dataUrl, accession) {
    const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64");
    // hashing is done off the request's turn, as the archive client does it
    await new Promise((resolve) => setImmediate(resolve));
    const sha = createHash("sha256").update(bytes).digest("hex");
    const entry = { id: `ph-${++this.#seq}`, sha, accession, original: dataUrl, at: Date.now() };
    this.#staged.set(entry.id, entry);
    return entry;
  }

  discard(id) {
    this.#staged.delete(id);
  }

  get staged() {
    return this.#staged.size;
  }
}
