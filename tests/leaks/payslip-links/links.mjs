import { uid } from "./vendor/uid/index.mjs";

/** Payslip links are good for a short while after the payroll run mails them out. */
export const LINK_TTL_MS = 200;
const SWEEP_EVERY_MS = 100;

export class LinkError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Signed download links for payslips and HR documents, by the payroll system's reference. */
export class LinkStore {
  #links = new Map();
  counters = { issued: 0, downloads: 0, expired: 0, used: 0 };

  constructor() {
    setInterval(() => this.sweep(), SWEEP_EVERY_MS).unref();
  }

  issue({ ref, employee, document, once = false, ttlMs = LINK_TTL_MS }) {
    if (this.#links.has(ref)) throw new LinkError(409, `link ${ref} already issued`);
    const now = Date.now();
    const link = {
      ref,
      token: uid(32),
      employee,
      document: { ...document },
      once,
      issuedAt: now,
      expiresAt: now + ttlMs,
      downloads: 0,
    };
    this.#links.set(ref, link);
    this.counters.issued++;
    return { ref, url: `/d/${ref}?t=${link.token}`, expiresAt: new Date(link.expiresAt) };
  }

  open(ref) {
    const link = this.#links.get(ref);
    if (!link || link.expiresAt <= Date.now()) throw new LinkError(410, "this link has expired");
    link.downloads++;
    this.counters.downloads++;
    if (link.once) {
      this.#links.delete(link.ref);
      this.counters.used++;
    }
    return { employee: link.employee, document: link.document, downloads: link.downloads };
  }

  /** Links are issued with the same lifetime, so the map is in expiry order. */
  sweep() {
    const now = Date.now();
    for (const [ref, link] of this.#links) {
      if (link.expiresAt > now) break;
      this.#links.delete(ref);
      this.counters.expired++;
    }
  }

  stats() {
    return { ...this.counters, live: this.#links.size };
  }
}
