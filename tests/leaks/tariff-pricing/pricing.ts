import { cached, logged } from "./decorators.ts";

export interface PriceListEntry {
  sku: string;
  description: string;
  listPrice: number;
  breaks: { minQty: number; discount: number }[];
}

export interface Quote {
  customerId: string;
  segment: string;
  sku: string;
  quantity: number;
  unitPrice: number;
  total: number;
  currency: string;
  appliedRules: string[];
  quotedAt: string;
}

/** The ERP's price list and customer master, behind an async adapter. */
export class ErpAdapter {
  calls = 0;
  #prices = new Map<string, PriceListEntry>([
    ["VALVE-22", {
      sku: "VALVE-22",
      description: "Ball valve 22 mm, brass",
      listPrice: 14.2,
      breaks: [{ minQty: 10, discount: 0.05 }, { minQty: 50, discount: 0.12 }],
    }],
    ["PIPE-CU-15", {
      sku: "PIPE-CU-15",
      description: "Copper pipe 15 mm, 3 m",
      listPrice: 21.9,
      breaks: [{ minQty: 20, discount: 0.08 }],
    }],
  ]);

  async priceListEntry(sku: string): Promise<PriceListEntry | undefined> {
    this.calls++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    return this.#prices.get(sku);
  }

  async customerSegment(customerId: string): Promise<string> {
    this.calls++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    const n = [...customerId].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
    return ["trade", "installer", "retail"][n % 3];
  }
}

const SEGMENT_DISCOUNT: Record<string, number> = { trade: 0.15, installer: 0.1, retail: 0 };

export class PricingService {
  constructor(private readonly erp: ErpAdapter) {}

  @logged
  @cached({ ttlMs: 2_000 })
  async quote(customerId: string, sku: string, quantity: number): Promise<Quote | undefined> {
    const [entry, segment] = await Promise.all([
      this.erp.priceListEntry(sku),
      this.erp.customerSegment(customerId),
    ]);
    if (!entry) return undefined;
    const rules: string[] = [];
    let unit = entry.listPrice;
    const discount = SEGMENT_DISCOUNT[segment] ?? 0;
    if (discount) {
      unit *= 1 - discount;
      rules.push(`segment:${segment}:-${discount * 100}%`);
    }
    const brk = entry.breaks.filter((b) => quantity >= b.minQty).at(-1);
    if (brk) {
      unit *= 1 - brk.discount;
      rules.push(`qty>=${brk.minQty}:-${brk.discount * 100}%`);
    }
    const unitPrice = Math.round(unit * 100) / 100;
    return {
      customerId,
      segment,
      sku,
      quantity,
      unitPrice,
      total: Math.round(unitPrice * quantity * 100) / 100,
      currency: "EUR",
      appliedRules: rules,
      quotedAt: new Date().toISOString(),
    };
  }

  @logged
  async catalogue(): Promise<PriceListEntry[]> {
    const skus = ["VALVE-22", "PIPE-CU-15"];
    const entries = await Promise.all(skus.map((s) => this.erp.priceListEntry(s)));
    return entries.filter((e): e is PriceListEntry => e !== undefined);
  }
}
