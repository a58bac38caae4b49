import { randomUUID } from "node:crypto";

/**
 * Undo actions of the steps that have run, newest last, so that a saga that fails part-way
 * can be unwound in reverse order.
 */
export class CompensationLog {
  constructor() {
    this.pending = [];
  }

  register(sagaId, step, undo) {
    this.pending.push({ sagaId, step, undo, registeredAt: Date.now() });
  }

  /** Runs a saga's compensations newest first, then forgets them. */
  async unwind(sagaId) {
    const mine = this.pending.filter((entry) => entry.sagaId === sagaId).reverse();
    const failures = [];
    for (const entry of mine) {
      try {
        await entry.undo();
      } catch (err) {
        failures.push({ step: entry.step, error: err.message });
      }
    }
    this.discard(sagaId);
    return failures;
  }

  /** Forgets a saga's compensations (it completed, or has been unwound). */
  discard(sagaId) {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      if (this.pending[i].sagaId === sagaId) this.pending.splice(i, 1);
    }
  }
}

/** Runs steps in order; each step's compensation is registered once the step has succeeded. */
export class SagaOrchestrator {
  constructor(steps) {
    this.steps = steps;
    this.compensations = new CompensationLog();
    this.running = new Map();
    this.counts = { completed: 0, compensated: 0, stuck: 0 };
  }

  async run(reference, input) {
    const saga = {
      id: randomUUID(),
      reference,
      state: "running",
      completedSteps: [],
      results: {},
      startedAt: Date.now(),
    };
    this.running.set(saga.id, saga);
    try {
      for (const step of this.steps) {
        saga.currentStep = step.name;
        const result = await step.execute(input);
        saga.results[step.name] = result;
        saga.completedSteps.push(step.name);
        this.compensations.register(saga.id, step.name, () => step.compensate(input, result));
      }
      saga.state = "completed";
      this.counts.completed++;
      this.compensations.discard(saga.reference);
    } catch (err) {
      saga.state = "compensating";
      saga.failure = { step: saga.currentStep, reason: err.message };
      const failures = await this.compensations.unwind(saga.id);
      if (failures.length) {
        saga.state = "compensation_failed";
        saga.compensationFailures = failures;
        this.counts.stuck++;
      } else {
        saga.state = "compensated";
        this.counts.compensated++;
      }
    } finally {
      saga.finishedAt = Date.now();
      delete saga.currentStep;
      this.running.delete(saga.id);
    }
    return saga;
  }
}
