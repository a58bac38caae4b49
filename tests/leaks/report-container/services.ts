import type { Container, Disposable } from "./container.ts";

export interface Sale {
  sku: string;
  region: string;
  qty: number;
  priceCents: number;
}

/** Fake warehouse connection (a singleton). */
export class Warehouse implements Disposable {
  #open = true;
  sales(region: string, month: string): Sale[] {
    if (!this.#open) throw new Error("warehouse closed");
    const seed = [...`${region}${month}`].reduce((a, ch) => a + ch.charCodeAt(0), 0);
    return Array.from({ length: 24 }, (_, n) => ({
      sku: `SKU-${(seed * 31 + n * 7) % 9000}`,
      region,
      qty: 1 + ((seed + n) % 9),
      priceCents: 499 + ((seed * n) % 5000),
    }));
  }
  dispose() {
    this.#open = false;
  }
}

/** Builds one report; transient, holds its rows and a scratch buffer until disposed. */
export class ReportBuilder implements Disposable {
  rows: Sale[] = [];
  lines: string[] = [];
  scratch = new Uint8Array(512);
  constructor(private warehouse: Warehouse, readonly requestedBy: string) {}

  build(region: string, month: string) {
    this.rows = this.warehouse.sales(region, month);
    const bySku = new Map<string, number>();
    for (const r of this.rows) bySku.set(r.sku, (bySku.get(r.sku) ?? 0) + r.qty * r.priceCents);
    this.lines = [...bySku].sort((a, b) => b[1] - a[1]).map(([sku, cents]) =>
      `${sku.padEnd(10)} ${(cents / 100).toFixed(2).padStart(10)}`
    );
    return {
      region,
      month,
      requestedBy: this.requestedBy,
      totalCents: this.rows.reduce((s, r) => s + r.qty * r.priceCents, 0),
      top: this.lines.slice(0, 5),
    };
  }

  dispose() {
    this.rows = [];
    this.lines = [];
  }
}

export function registerServices(c: Container) {
  c.register("warehouse", () => new Warehouse(), "singleton");
  c.register(
    "reportBuilder",
    (c) => new ReportBuilder(c.resolve<Warehouse>("warehouse"), currentUser ?? "anonymous"),
  );
}

let currentUser: string | undefined;
export function asUser<T>(user: string, fn: () => T): T {
  currentUser = user;
  try {
    return fn();
  } finally {
    currentUser = undefined;
  }
}
