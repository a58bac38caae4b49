import type { Check } from "./checks.ts";

/**
 * Settled checks, for the onboarding app's polling and the case workers' queue. The source of
 * truth is the case-management system (we post every settled check there); this keeps the most
 * recent ones so a poll right after a check does not have to go that far.
 */
export class RecentResults {
  #byId = new Map<string, Check>();

  constructor(private readonly capacity: number) {}

  remember(check: Check) {
    this.#byId.delete(check.id);
    this.#byId.set(check.id, check);
    while (this.#byId.size > this.capacity) {
      this.#byId.delete(this.#byId.keys().next().value!);
    }
  }

  forApplicant(applicantId: string): Check[] {
    return [...this.#byId.values()].filter((c) => c.applicantId === applicantId);
  }

  awaitingReview(): Check[] {
    return [...this.#byId.values()].filter((c) => c.status === "review");
  }

  get size() {
    return this.#byId.size;
  }
}
