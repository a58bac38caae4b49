"use strict";

const { webcrypto } = require("node:crypto");

/**
 * Proof-of-delivery photos. The courier app sends each photo inline; stage() keeps the original
 * while the proof is being put together (the checksum is what the proof refers to) and
 * discard() drops it once the proof is filed. Filed proofs keep only the checksum and URL.
 */
class MediaStore {
  #staged = new Map();
  #seq = 0;
  #discarded = 0;

  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }

  async stage(dataUrl, meta) {
    const comma = dataUrl.indexOf(",");
    const mime = dataUrl.slice(5, dataUrl.indexOf(";"));
    const bytes = Buffer.from(dataUrl.slice(comma + 1), "base64");
    const digest = await webcrypto.subtle.digest("SHA-256", bytes);
    const sha = Buffer.from(digest).toString("hex");
    const id = `st-${++this.#seq}`;
    const entry = {
      id,
      sha,
      mime,
      size: bytes.length,
      original: dataUrl,
      parcel: meta.parcel,
      courier: meta.courier,
      stagedAt: Date.now(),
      url: `${this.baseUrl}/pod/${sha.slice(0, 16)}.jpg`,
    };
    this.#staged.set(id, entry);
    return entry;
  }

  discard(id) {
    if (this.#staged.delete(id)) this.#discarded++;
  }

  stats() {
    return { staged: this.#staged.size, discarded: this.#discarded };
  }
}

module.exports = { MediaStore };
