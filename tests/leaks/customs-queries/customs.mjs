// Queries about customs declarations and tariffs, and their handlers over the authority's
// (simulated) gateway.
import { NotFoundError } from "./mediator.mjs";

export class GetDeclarationStatus {
  constructor(reference, correlationId) {
    this.reference = reference;
    this.correlationId = correlationId;
  }

  validate() {
    return /^[A-Z]{3}-[0-9A-Z-]{3,24}$/.test(this.reference)
      ? []
      : [`bad reference ${this.reference}`];
  }

  dedupeKey() {
    return `declaration:${this.reference}`;
  }
}

export class GetTariffRate {
  constructor(hsCode, origin, correlationId) {
    this.hsCode = hsCode;
    this.origin = origin;
    this.correlationId = correlationId;
  }

  validate() {
    const problems = [];
    if (!/^\d{4}(\.\d{2}){0,2}$/.test(this.hsCode)) problems.push(`bad HS code ${this.hsCode}`);
    if (!/^[A-Z]{2}$/.test(this.origin)) problems.push(`bad origin ${this.origin}`);
    return problems;
  }

  dedupeKey() {
    return `tariff:${this.hsCode}:${this.origin}`;
  }
}

/** The authority's gateway: a few filed declarations and a tariff table. */
export class AuthorityGateway {
  #declarations = new Map([
    ["DEC-1001", { reference: "DEC-1001", status: "cleared", lodged: "2026-05-02", lines: 3 }],
    ["DEC-1002", { reference: "DEC-1002", status: "held", lodged: "2026-05-03", lines: 1 }],
    ["DEC-1003", { reference: "DEC-1003", status: "lodged", lodged: "2026-05-04", lines: 7 }],
  ]);
  #tariffs = new Map([
    ["8471.30", { duty: 0, vat: 21, measures: [] }],
    ["6403.99", { duty: 8, vat: 21, measures: ["anti-dumping:CN,VN"] }],
    ["0805.10", { duty: 16, vat: 9, measures: ["phytosanitary"] }],
  ]);
  calls = 0;

  async declaration(reference) {
    this.calls++;
    await new Promise((resolve) => setTimeout(resolve, 2));
    return this.#declarations.get(reference);
  }

  async tariff(hsCode, origin) {
    this.calls++;
    await new Promise((resolve) => setTimeout(resolve, 2));
    const row = this.#tariffs.get(hsCode);
    if (!row) return undefined;
    const extra = row.measures.some((m) => m.includes(origin)) ? 9.6 : 0;
    return { ...row, duty: row.duty + extra };
  }
}

export class GetDeclarationStatusHandler {
  constructor(gateway) {
    this.gateway = gateway;
  }

  async handle(query) {
    const declaration = await this.gateway.declaration(query.reference);
    if (!declaration) throw new NotFoundError(`declaration ${query.reference} is not on file`);
    return { ...declaration, checkedAt: new Date().toISOString() };
  }
}

export class GetTariffRateHandler {
  constructor(gateway) {
    this.gateway = gateway;
  }

  async handle(query) {
    const rate = await this.gateway.tariff(query.hsCode, query.origin);
    if (!rate) throw new NotFoundError(`no tariff for ${query.hsCode}`);
    return { hsCode: query.hsCode, origin: query.origin, ...rate };
  }
}
