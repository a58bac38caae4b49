import { type Scope, token } from "./container.ts";

export interface RequestContext {
  clinic: string;
  vet: string;
  requestId: string;
  receivedAt: number;
}

export interface LabTest {
  code: string;
  name: string;
  specimen: string;
  priceCents: number;
  turnaroundHours: number;
}

export interface OrderLine {
  test: string;
  name: string;
  specimen: string;
  priceCents: number;
}

export interface LabOrder {
  id: string;
  clinic: string;
  vet: string;
  patient: { name: string; species: string; breed?: string; weightKg?: number; ownerRef?: string };
  notes: string;
  lines: OrderLine[];
  totalCents: number;
  status: "pending" | "resulted";
  placedAt: string;
  results?: Record<string, string>;
}

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const TESTS: LabTest[] = [
  {
    code: "CBC",
    name: "Complete blood count",
    specimen: "EDTA",
    priceCents: 3850,
    turnaroundHours: 24,
  },
  {
    code: "BIOP",
    name: "Biochemistry profile",
    specimen: "serum",
    priceCents: 5400,
    turnaroundHours: 24,
  },
  { code: "T4", name: "Total T4", specimen: "serum", priceCents: 2900, turnaroundHours: 48 },
  { code: "UA", name: "Urinalysis", specimen: "urine", priceCents: 2200, turnaroundHours: 24 },
  { code: "FELV", name: "FeLV/FIV snap", specimen: "serum", priceCents: 4100, turnaroundHours: 12 },
  {
    code: "HIST",
    name: "Histopathology",
    specimen: "formalin",
    priceCents: 9800,
    turnaroundHours: 120,
  },
];

export class LabCatalogue {
  readonly #tests = new Map(TESTS.map((t) => [t.code, t]));

  get(code: string): LabTest {
    const t = this.#tests.get(code);
    if (!t) throw new HttpError(400, `unknown test ${code}`);
    return t;
  }

  all(): LabTest[] {
    return [...this.#tests.values()];
  }
}

/** Per-clinic contract prices: a percentage off the list price, and free tests on some plans. */
const CONTRACTS: Record<string, { discountPct: number; includes: string[] }> = {
  "riverside-vets": { discountPct: 12, includes: ["UA"] },
  "hillcrest-animal-hospital": { discountPct: 18, includes: [] },
  "meadow-farm-practice": { discountPct: 5, includes: ["CBC"] },
};

export class PriceCalculator {
  readonly lines: OrderLine[] = [];
  readonly adjustments: string[] = [];

  constructor(readonly catalogue: LabCatalogue, readonly ctx: RequestContext) {}

  add(code: string): OrderLine {
    const test = this.catalogue.get(code);
    const contract = CONTRACTS[this.ctx.clinic] ?? { discountPct: 0, includes: [] };
    let price = Math.round(test.priceCents * (100 - contract.discountPct) / 100);
    if (contract.includes.includes(code)) {
      price = 0;
      this.adjustments.push(`${code} included in ${this.ctx.clinic} plan`);
    } else if (contract.discountPct) {
      this.adjustments.push(`${code} at ${contract.discountPct}% off list`);
    }
    const line = { test: code, name: test.name, specimen: test.specimen, priceCents: price };
    this.lines.push(line);
    return line;
  }

  total(): number {
    return this.lines.reduce((sum, l) => sum + l.priceCents, 0);
  }
}

/** Orders waiting for results, and the last few resulted ones for the clinic's inbox. */
export class OrderBook {
  readonly pending = new Map<string, LabOrder>();
  readonly resulted: LabOrder[] = [];
  #seq = 4000;

  nextId(): string {
    return `LAB-${++this.#seq}`;
  }

  complete(id: string, results: Record<string, string>): LabOrder {
    const order = this.pending.get(id);
    if (!order) throw new HttpError(404, `no pending order ${id}`);
    this.pending.delete(id);
    order.status = "resulted";
    order.results = results;
    this.resulted.unshift(order);
    if (this.resulted.length > 25) this.resulted.length = 25;
    return order;
  }
}

export const Catalogue = token<LabCatalogue>("LabCatalogue");
export const Orders = token<OrderBook>("OrderBook");
export const Ctx = token<RequestContext>("RequestContext");
export const Pricing = token<PriceCalculator>("PriceCalculator");
export const Placement = token<OrderPlacement>("OrderPlacement");

export class OrderPlacement {
  constructor(readonly scope: Scope, readonly book: OrderBook, readonly ctx: RequestContext) {}

  async place(body: {
    patient: LabOrder["patient"];
    tests: string[];
    notes?: string;
    requisition?: string;
  }): Promise<LabOrder> {
    if (body.requisition && this.book.pending.has(body.requisition)) {
      throw new HttpError(409, `${body.requisition} is already pending`);
    }
    if (!body.patient?.name || !Array.isArray(body.tests) || body.tests.length === 0) {
      throw new HttpError(400, "an order needs a patient and at least one test");
    }
    // The quote runs in a scope of its own so a re-quote never sees this order's lines.
    const quoting = this.scope.createChild(`quote ${this.ctx.requestId}`);
    let lines: OrderLine[];
    let totalCents: number;
    try {
      const calc = quoting.resolve(Pricing);
      for (const code of body.tests) calc.add(code);
      lines = calc.lines;
      totalCents = calc.total();
    } finally {
      await quoting.dispose();
    }
    const order: LabOrder = {
      // the clinic's requisition number when the practice system sends one
      id: body.requisition ?? this.book.nextId(),
      clinic: this.ctx.clinic,
      vet: this.ctx.vet,
      patient: body.patient,
      notes: body.notes ?? "",
      lines,
      totalCents,
      status: "pending",
      placedAt: new Date(this.ctx.receivedAt).toISOString(),
    };
    this.book.pending.set(order.id, order);
    return order;
  }
}
