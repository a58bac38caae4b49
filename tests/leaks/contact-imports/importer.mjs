import "reflect-metadata";
import { parse } from "csv-parse/sync";
import { plainToInstance } from "class-transformer";
import pLimit from "p-limit";

/** One row of an uploaded contact list. */
export class Contact {
  email = "";
  firstName = "";
  lastName = "";
  company = "";
  country = "";

  get displayName() {
    return `${this.firstName} ${this.lastName}`.trim() || this.email;
  }

  isValid() {
    return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(this.email) && this.country.length === 2;
  }
}

const DOMAIN_SCORES = { "example.com": 40, "example.org": 55, "example.net": 25 };

/** Stands in for the CRM lookup: async, a little slower for unknown domains. */
async function enrich(contact) {
  const domain = contact.email.split("@")[1]?.toLowerCase() ?? "";
  await new Promise((resolve) => setTimeout(resolve, domain in DOMAIN_SCORES ? 0 : 1));
  return {
    email: contact.email.toLowerCase(),
    name: contact.displayName,
    company: contact.company,
    country: contact.country.toUpperCase(),
    score: DOMAIN_SCORES[domain] ?? 10,
  };
}

/**
 * Runs imports with at most `perTenant` enrichment lookups in flight per tenant, so one
 * tenant's 50k-row upload does not starve the others.
 */
export class ImportCoordinator {
  #tenantLimiters = new Map();
  #perTenant;
  imported = 0;

  constructor({ perTenant = 3 } = {}) {
    this.#perTenant = perTenant;
  }

  #limiterFor(tenant) {
    let limiter = this.#tenantLimiters.get(tenant);
    if (!limiter) {
      limiter = pLimit(this.#perTenant);
      this.#tenantLimiters.set(tenant, limiter);
    }
    return limiter;
  }

  async importCsv(tenant, csvText) {
    const records = parse(csvText, { columns: true, skip_empty_lines: true, trim: true });
    const contacts = plainToInstance(Contact, records);
    const valid = contacts.filter((c) => c.isValid());
    const limiter = this.#limiterFor(tenant);
    const enriched = await Promise.all(valid.map((c) => limiter(() => enrich(c))));
    this.imported += enriched.length;
    return {
      tenant,
      rows: records.length,
      imported: enriched.length,
      rejected: records.length - valid.length,
      topScore: enriched.reduce((max, c) => Math.max(max, c.score), 0),
    };
  }

  stats() {
    return { imported: this.imported };
  }
}
