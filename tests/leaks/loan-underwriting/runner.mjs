import { setTimeout as sleep } from "node:timers/promises";

/**
 * Runs underwriting steps with retries. Attempts in flight are listed on /ops so a stuck bureau
 * call shows up with its age.
 */
export class StepRunner {
  #running = new Map();
  #seq = 0;
  #retries = 0;

  async runStep(instance, step) {
    const maxAttempts = (step.retries ?? 0) + 1;
    for (let n = 1;; n++) {
      try {
        return await this.#attempt(instance, step, n);
      } catch (err) {
        if (n >= maxAttempts || !err.retryable) throw err;
        this.#retries++;
        instance.history.push({
          at: new Date().toISOString(),
          step: step.name,
          event: "retry",
          attempt: n,
          error: err.message,
        });
        await sleep(Math.min(10 * 2 ** n, 80));
      }
    }
  }

  async #attempt(instance, step, n) {
    const attempt = {
      id: `att-${++this.#seq}`,
      instance,
      step: step.name,
      n,
      startedAt: Date.now(),
    };
    this.#running.set(attempt.id, attempt);
    const output = await step.run(instance.context);
    this.#running.delete(attempt.id);
    return output;
  }

  inFlight() {
    const now = Date.now();
    return [...this.#running.values()].map((a) => ({
      application: a.instance.id,
      step: a.step,
      attempt: a.n,
      ageMs: now - a.startedAt,
    }));
  }

  get stats() {
    return { running: this.#running.size, retries: this.#retries };
  }
}
