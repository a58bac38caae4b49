/**
 * A small saga runner: steps run in order, each with an action and a compensation. If a step
 * fails, the compensations of the steps that succeeded run in reverse order. A booking that is
 * cancelled later runs the same compensations from its stored saga.
 */
export class SagaFailed extends Error {
  constructor(step, cause, compensated) {
    super(`${step} failed: ${cause.message}`);
    this.step = step;
    this.cause = cause;
    this.compensated = compensated;
  }
}

export async function runSaga(steps, ctx, log) {
  const done = [];
  for (const step of steps) {
    try {
      const result = await step.action(ctx);
      done.push({ step, result });
      log.push({ step: step.name, outcome: "done" });
    } catch (err) {
      log.push({ step: step.name, outcome: "failed", error: err.message });
      const compensated = await compensate(done, ctx, log);
      throw new SagaFailed(step.name, err, compensated);
    }
  }
  return done;
}

export async function compensate(done, ctx, log) {
  const names = [];
  for (const { step, result } of done.slice().reverse()) {
    try {
      await step.compensate(ctx, result);
      log.push({ step: step.name, outcome: "compensated" });
      names.push(step.name);
    } catch (err) {
      // left for the events team to sort out by hand
      log.push({ step: step.name, outcome: "compensation-failed", error: err.message });
    }
  }
  return names;
}
