import { Container, Lifetime } from "./di.mjs";

export const TOKENS = Object.freeze({
  config: Symbol("config"),
  formulary: Symbol("formulary"),
  request: Symbol("request"),
  requestContext: Symbol("requestContext"),
  prescriptions: Symbol("prescriptions"),
  pricing: Symbol("pricing"),
  orders: Symbol("orders"),
});

const FORMULARY = new Map([
  ["amoxicillin-500", { name: "Amoxicilline 500 mg", pack: 21, unitCents: 18, rx: true }],
  ["omeprazole-20", { name: "Omeprazol 20 mg", pack: 28, unitCents: 9, rx: true }],
  ["paracetamol-500", { name: "Paracetamol 500 mg", pack: 20, unitCents: 4, rx: false }],
  ["cetirizine-10", { name: "Cetirizine 10 mg", pack: 30, unitCents: 6, rx: false }],
]);

export class RequestContext {
  constructor(req) {
    this.requestId = req.headers["x-request-id"] ?? crypto.randomUUID();
    this.pharmacy = req.headers["x-pharmacy"] ?? "apotheek-centrum";
    this.user = req.headers["x-user"] ?? "anonymous";
    this.userAgent = req.headers["user-agent"] ?? "";
    this.receivedAt = new Date().toISOString();
  }
}

export class PrescriptionRepository {
  constructor(ctx) {
    this.ctx = ctx;
    this.loaded = [];
  }

  /** Prescriptions on file for the patient (the pharmacy system's export, simulated). */
  forPatient(patientId) {
    const rows = [...FORMULARY.entries()].filter(([, drug]) => drug.rx).map(([code, drug], n) => ({
      id: `${patientId}-rx-${n + 1}`,
      patientId,
      code,
      drug: drug.name,
      prescriber: "huisartsenpraktijk De Linde",
      refillsLeft: 2,
      issuedAt: "2024-05-02",
      pharmacy: this.ctx.pharmacy,
    }));
    this.loaded.push(...rows);
    return rows;
  }
}

export class PricingService {
  constructor(formulary) {
    this.formulary = formulary;
  }

  quote(lines) {
    return lines.map((line) => {
      const drug = this.formulary.get(line.code);
      return {
        code: line.code,
        name: drug.name,
        packs: line.packs,
        cents: drug.pack * drug.unitCents * line.packs,
      };
    });
  }
}

export class OrderService {
  constructor(ctx, prescriptions, pricing) {
    this.ctx = ctx;
    this.prescriptions = prescriptions;
    this.pricing = pricing;
    this.log = [];
  }

  place({ patientId, lines, delivery }) {
    const onFile = new Set(this.prescriptions.forPatient(patientId).map((rx) => rx.code));
    const missing = lines.filter((l) =>
      this.pricing.formulary.get(l.code)?.rx && !onFile.has(l.code)
    );
    if (missing.length) {
      return {
        ok: false,
        error: `no prescription on file for ${missing.map((l) => l.code).join(", ")}`,
      };
    }
    const priced = this.pricing.quote(lines);
    const order = {
      id: `ORD-${this.ctx.requestId}`,
      patientId,
      pharmacy: this.ctx.pharmacy,
      lines: priced,
      totalCents: priced.reduce((sum, l) => sum + l.cents, 0),
      delivery: delivery ?? "pickup",
      placedBy: this.ctx.user,
      placedAt: this.ctx.receivedAt,
    };
    this.log.push(`placed ${order.id} (${priced.length} lines, ${order.totalCents} cents)`);
    return { ok: true, order };
  }

  dispose() {
    this.log.length = 0;
  }
}

export const container = new Container()
  .register(TOKENS.config, () => ({ currency: "EUR", maxPacksPerLine: 3 }), Lifetime.Singleton)
  .register(TOKENS.formulary, () => FORMULARY, Lifetime.Singleton)
  .register(
    TOKENS.pricing,
    (c) => new PricingService(c.resolve(TOKENS.formulary)),
    Lifetime.Singleton,
  )
  .register(
    TOKENS.requestContext,
    (c) => new RequestContext(c.resolve(TOKENS.request)),
    Lifetime.Scoped,
  )
  .register(
    TOKENS.prescriptions,
    (c) => new PrescriptionRepository(c.resolve(TOKENS.requestContext)),
    Lifetime.Scoped,
  )
  .register(
    TOKENS.orders,
    (c) =>
      new OrderService(
        c.resolve(TOKENS.requestContext),
        c.resolve(TOKENS.prescriptions),
        c.resolve(TOKENS.pricing),
      ),
    Lifetime.Scoped,
  );

export { FORMULARY };
