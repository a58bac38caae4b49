import { EventEmitter } from "node:events";
import { createHash } from "node:crypto";
import genericPool from "generic-pool";
import dayjs from "dayjs";

/**
 * A layout engine instance: expensive to start (fonts, a scratch buffer), so a few are kept in
 * a pool and reused. Emits "page" as each page is laid out.
 */
class InvoiceRenderer extends EventEmitter {
  static started = 0;

  constructor() {
    super();
    this.id = ++InvoiceRenderer.started;
    this.scratch = Buffer.alloc(64 * 1024);
    this.rendered = 0;
    this.healthy = true;
  }

  async render(invoice) {
    await new Promise((resolve) => setImmediate(resolve));
    const issued = dayjs(invoice.issueDate);
    const lines = invoice.lines.map((l) =>
      `${l.description.padEnd(32)} ${String(l.quantity).padStart(4)} x ${
        (l.unitCents / 100).toFixed(2)
      }`
    );
    const perPage = 20;
    const pages = Math.max(1, Math.ceil(lines.length / perPage));
    const hash = createHash("sha256");
    for (let p = 0; p < pages; p++) {
      const text = [
        `INVOICE ${invoice.number}  page ${p + 1}/${pages}`,
        `Issued ${issued.format("D MMM YYYY")}  due ${
          issued.add(invoice.termsDays, "day").format("D MMM YYYY")
        }`,
        ...lines.slice(p * perPage, (p + 1) * perPage),
      ].join("\n");
      const written = this.scratch.write(text, 0, "utf8");
      hash.update(this.scratch.subarray(0, written));
      this.emit("page", { page: p + 1, pages, bytes: written });
    }
    this.rendered++;
    return { pages, checksum: hash.digest("hex"), renderer: this.id };
  }
}

export const rendererPool = genericPool.createPool(
  {
    create: () => Promise.resolve(new InvoiceRenderer()),
    destroy: (renderer) => {
      renderer.removeAllListeners();
      renderer.healthy = false;
      return Promise.resolve();
    },
    validate: (renderer) => Promise.resolve(renderer.healthy && renderer.rendered < 10_000),
  },
  { min: 1, max: 3, testOnBorrow: true, acquireTimeoutMillis: 5_000 },
);

rendererPool.on("factoryCreateError", (err) => console.error("renderer start failed", err));

/** Renders through a pooled renderer, reporting page progress to `onProgress` meanwhile. */
export function renderInvoice(invoice, onProgress) {
  return rendererPool.use(async (renderer) => {
    const onPage = (p) => onProgress(p);
    renderer.on("page", onPage);
    try {
      return await renderer.render(invoice);
    } finally {
      renderer.off("page", onPage);
    }
  });
}

export function poolStats() {
  return {
    size: rendererPool.size,
    available: rendererPool.available,
    borrowed: rendererPool.borrowed,
    pending: rendererPool.pending,
    started: InvoiceRenderer.started,
  };
}
