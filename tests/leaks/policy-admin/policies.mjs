// Policy administration domain: the Policy entity, a repository with an identity map over the
// legacy policy administration system (PAS), and the application service.

export class NotFoundError extends Error {}

export class Policy {
  constructor(record) {
    this.id = record.id;
    this.product = record.product;
    this.holder = { ...record.holder };
    this.coverages = record.coverages.map((c) => ({ ...c }));
    this.inception = record.inception;
    this.expiry = record.expiry;
    this.annualPremium = record.annualPremium;
    this.version = record.version;
  }

  sumInsured() {
    return this.coverages.reduce((sum, c) => sum + c.limit, 0);
  }
}

/** The legacy PAS, reached through an adapter; records are derived from the policy number here. */
export class LegacyPasClient {
  #calls = 0;

  async fetchPolicy(id) {
    this.#calls++;
    const m = /^POL-(\d+)$/.exec(id);
    if (!m) return undefined;
    const n = Number(m[1]);
    await new Promise((resolve) => setImmediate(resolve));
    return {
      id,
      product: n % 3 === 0 ? "home-plus" : "home-basic",
      holder: {
        name: `Holder ${n}`,
        postcode: `${1000 + (n % 8999)} AB`,
        dateOfBirth: "1984-03-12",
      },
      coverages: [
        { code: "BLD", description: "Buildings", limit: 350_000 + (n % 50) * 1000, excess: 250 },
        { code: "CNT", description: "Contents", limit: 60_000, excess: 100 },
        { code: "LIA", description: "Liability", limit: 1_250_000, excess: 0 },
      ],
      inception: "2025-07-01",
      expiry: "2026-06-30",
      annualPremium: 420 + (n % 40) * 3.5,
      version: 1,
    };
  }

  get calls() {
    return this.#calls;
  }
}

/** Loads each policy once per unit of work; the identity map is cleared when the scope ends. */
export class PolicyRepository {
  constructor(pas) {
    this.pas = pas;
    this.identityMap = new Map();
  }

  async findById(id) {
    const known = this.identityMap.get(id);
    if (known) return known;
    const record = await this.pas.fetchPolicy(id);
    if (!record) throw new NotFoundError(`policy ${id} not found`);
    const policy = new Policy(record);
    this.identityMap.set(id, policy);
    return policy;
  }

  dispose() {
    this.identityMap.clear();
  }
}

export class PremiumCalculator {
  constructor(rates) {
    this.rates = rates;
  }

  renewal(policy, { indexation = 0.03, claimsFree = 0 } = {}) {
    const base = policy.annualPremium * (1 + indexation);
    const discount = Math.min(claimsFree, 5) * this.rates.claimsFreeStep;
    const fee = this.rates.policyFee;
    return Math.round((base * (1 - discount) + fee) * 100) / 100;
  }
}

export class PolicyService {
  constructor(policies, calculator, clock) {
    this.policies = policies;
    this.calculator = calculator;
    this.clock = clock;
  }

  async getPolicy(id) {
    const policy = await this.policies.findById(id);
    return { ...policy, sumInsured: policy.sumInsured() };
  }

  async quoteRenewal(id, options) {
    const policy = await this.policies.findById(id);
    return {
      policy: policy.id,
      currentPremium: policy.annualPremium,
      renewalPremium: this.calculator.renewal(policy, options),
      quotedAt: this.clock.now().toISOString(),
      validUntil: new Date(this.clock.now().getTime() + 30 * 86_400_000).toISOString(),
    };
  }
}
