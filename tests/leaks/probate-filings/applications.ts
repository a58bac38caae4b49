/** Probate applications as the firm's case handlers draft them. */

export interface Person {
  name: string;
  address: string;
  email?: string;
  relationship?: string;
}

export interface ProbateApplication {
  reference: string;
  version: number;
  status: "draft" | "submitted" | "granted";
  deceased: { name: string; dateOfDeath: string; domicile: string; lastAddress: string };
  applicant: Person;
  executors: Person[];
  estate: { grossValue: number; netValue: number; ihtForm: string };
  will?: { date: string; codicils: number };
  copies: number;
  caseNumber?: string;
  submittedAt?: string;
  updatedAt: string;
}

export class NotFound extends Error {}
export class ValidationError extends Error {}
export class Conflict extends Error {}

export class ApplicationStore {
  #drafts = new Map<string, ProbateApplication>();
  #granted: { reference: string; caseNumber?: string; grantType: string; issuedAt: string }[] = [];

  create(input: Omit<ProbateApplication, "version" | "status" | "updatedAt">): ProbateApplication {
    if (this.#drafts.has(input.reference)) throw new Conflict(`${input.reference} exists`);
    const app: ProbateApplication = {
      ...input,
      version: 1,
      status: "draft",
      updatedAt: new Date().toISOString(),
    };
    this.#drafts.set(app.reference, app);
    return app;
  }

  get(reference: string): ProbateApplication {
    const app = this.#drafts.get(reference);
    if (!app) throw new NotFound(`no application ${reference}`);
    return app;
  }

  /** Every change bumps the version (the case-management UI uses it for optimistic locking). */
  update(app: ProbateApplication, patch: Partial<ProbateApplication>) {
    Object.assign(app, patch);
    app.version++;
    app.updatedAt = new Date().toISOString();
    return app;
  }

  grant(reference: string, grantType: string, issuedAt: string) {
    const app = this.get(reference);
    if (app.status !== "submitted") throw new Conflict(`${reference} is ${app.status}`);
    this.#drafts.delete(reference);
    this.#granted.unshift({ reference, caseNumber: app.caseNumber, grantType, issuedAt });
    if (this.#granted.length > 10) this.#granted.pop();
    return this.#granted[0];
  }

  recentGrants() {
    return this.#granted;
  }

  get open() {
    return this.#drafts.size;
  }
}

export function problemsWith(app: ProbateApplication): string[] {
  const problems: string[] = [];
  if (!app.deceased?.name || !app.deceased?.dateOfDeath) problems.push("deceased's details");
  if (!app.executors?.length) problems.push("at least one executor");
  if (app.executors?.length > 4) problems.push("at most four executors");
  if (!(app.estate?.netValue >= 0)) problems.push("net estate value");
  if (app.estate?.grossValue > 325000 && app.estate.ihtForm === "IHT205") {
    problems.push("an IHT400 for an estate over the threshold");
  }
  return problems;
}

/** Court fees: £273 over £5,000 net, nothing below; £1.50 an official copy. */
export function feeFor(app: ProbateApplication) {
  const application = app.estate.netValue > 5000 ? 273 : 0;
  const copies = Math.round(app.copies * 1.5 * 100) / 100;
  return { application, copies, total: application + copies };
}
