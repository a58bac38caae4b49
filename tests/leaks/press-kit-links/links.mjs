import { createHmac, randomBytes } from "node:crypto";

const SWEEP_MS = 250;

/**
 * Signed, short-lived download links. The press office issues one per journalist and file;
 * the CDN checks the signature, we keep the record for the download count and so a link can
 * be revoked before it runs out.
 */
export class LinkIssuer {
  #links = new Map();
  #secret;
  #cdnBase;
  #issued = 0;

  constructor({ secret, cdnBase }) {
    this.#secret = secret;
    this.#cdnBase = cdnBase;
    setInterval(() => this.sweep(), SWEEP_MS).unref();
  }

  issue({ kit, file, recipient, outlet, ref, ttl, issuedBy }) {
    const key = `${kit.slug}/${ref}`;
    const token = randomBytes(16).toString("hex");
    const expiresAt = Date.now() + ttl;
    const path = `/kits/${kit.slug}/${encodeURIComponent(file.name)}`;
    const sig = createHmac("sha256", this.#secret)
      .update(`${path}\n${token}\n${expiresAt}`)
      .digest("base64url");
    const link = {
      key,
      kit: kit.slug,
      file: file.name,
      recipient,
      outlet,
      ref,
      token,
      url: `${this.#cdnBase}${path}?t=${token}&e=${expiresAt}&s=${sig}`,
      expiresAt,
      downloads: 0,
      issuedBy,
      issuedAt: new Date().toISOString(),
    };
    this.#links.set(key, link);
    this.#issued++;
    return link;
  }

  get(kit, ref) {
    return this.#links.get(`${kit}/${ref}`) ?? null;
  }

  revoke(kit, ref) {
    return this.#links.delete(`${kit}/${ref}`);
  }

  sweep(now = Date.now()) {
    for (const [key, link] of this.#links) {
      if (link.expiresAt <= now) this.#links.delete(key);
    }
  }

  stats(kit) {
    let live = 0;
    let downloads = 0;
    for (const link of this.#links.values()) {
      if (link.kit !== kit) continue;
      live++;
      downloads += link.downloads;
    }
    return { live, downloads, issued: this.#issued };
  }
}
