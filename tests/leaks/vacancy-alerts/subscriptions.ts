/** A candidate's job alert: which roles, where, and how often to send the digest. */
export interface Subscription {
  email: string;
  name: string;
  roles: string[];
  region: string;
  radiusKm: number;
  salaryMin: number;
  frequency: "daily" | "weekly";
  source: string;
  createdAt: number;
  lastDigestAt: number | null;
  pending: string[];
}

export type SubscriptionInput = Omit<Subscription, "createdAt" | "lastDigestAt" | "pending">;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class AlertBook {
  readonly #byEmail = new Map<string, Subscription>();
  #unsubscribed = 0;

  subscribe(input: SubscriptionInput): Subscription {
    const key = normaliseEmail(input.email);
    const existing = this.#byEmail.get(key);
    if (existing) {
      // signing up again updates the criteria
      Object.assign(existing, { ...input, email: key });
      return existing;
    }
    const sub: Subscription = {
      ...input,
      email: key,
      createdAt: Date.now(),
      lastDigestAt: null,
      pending: [],
    };
    this.#byEmail.set(key, sub);
    return sub;
  }

  /** One-click unsubscribe; unknown addresses are fine (the link may be clicked twice). */
  unsubscribe(email: string): boolean {
    const removed = this.#byEmail.delete(normaliseEmail(email));
    if (removed) this.#unsubscribed++;
    return removed;
  }

  get(email: string) {
    return this.#byEmail.get(normaliseEmail(email));
  }

  /** Subscribers whose criteria a vacancy meets. */
  *matching(vacancy: { role: string; region: string; salary: number }) {
    for (const sub of this.#byEmail.values()) {
      if (sub.region !== vacancy.region) continue;
      if (vacancy.salary < sub.salaryMin) continue;
      if (!sub.roles.some((r) => vacancy.role.toLowerCase().includes(r.toLowerCase()))) continue;
      yield sub;
    }
  }

  stats() {
    return { subscribers: this.#byEmail.size, unsubscribed: this.#unsubscribed };
  }
}
