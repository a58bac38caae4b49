/**
 * Runs a process definition's steps in order. A step may park the instance (waiting on people:
 * reviews, a panel); resume() carries on from the step after it. On shutdown, halt() stops every
 * running step at its next await so the instance can be resumed after the restart.
 */

export interface Step<C> {
  name: string;
  run(ctx: C): Promise<StepOutcome> | StepOutcome;
}

export type StepOutcome = { wait?: string; note?: string } | void;

export interface Instance<C> {
  id: string;
  ctx: C;
  at: number;
  status: "running" | "waiting" | "done" | "failed" | "halted";
  waitingFor?: string;
  log: { at: string; step: string; note?: string }[];
}

export class ProcessHalted extends Error {
  constructor(public instance: string, public step: string) {
    super(`${instance} halted during ${step}`);
  }
}

export class ProcessRunner<C> {
  #steps: Step<C>[];
  #parked = new Map<string, Instance<C>>();
  #halted: Promise<void>;
  #halt!: () => void;
  #onDone: (instance: Instance<C>) => void;

  constructor(steps: Step<C>[], onDone: (instance: Instance<C>) => void) {
    this.#steps = steps;
    this.#onDone = onDone;
    this.#halted = new Promise((resolve) => (this.#halt = resolve));
  }

  start(id: string, ctx: C): Promise<Instance<C>> {
    const instance: Instance<C> = { id, ctx, at: 0, status: "running", log: [] };
    return this.#drive(instance);
  }

  resume(id: string): Promise<Instance<C>> {
    const instance = this.#parked.get(id);
    if (!instance) throw new Error(`${id} is not waiting`);
    this.#parked.delete(id);
    instance.status = "running";
    instance.waitingFor = undefined;
    instance.at++;
    return this.#drive(instance);
  }

  parked(id: string): Instance<C> | undefined {
    return this.#parked.get(id);
  }

  halt() {
    this.#halt();
  }

  get size() {
    return this.#parked.size;
  }

  async #drive(instance: Instance<C>): Promise<Instance<C>> {
    while (instance.at < this.#steps.length) {
      const step = this.#steps[instance.at];
      let outcome: StepOutcome;
      try {
        const halted = this.#halted.then(() => {
          throw new ProcessHalted(instance.id, step.name);
        });
        outcome = await Promise.race([step.run(instance.ctx), halted]);
      } catch (err) {
        instance.status = err instanceof ProcessHalted ? "halted" : "failed";
        instance.log.push({ at: new Date().toISOString(), step: step.name, note: String(err) });
        if (instance.status === "halted") this.#parked.set(instance.id, instance);
        return instance;
      }
      instance.log.push({ at: new Date().toISOString(), step: step.name, note: outcome?.note });
      if (outcome?.wait) {
        instance.status = "waiting";
        instance.waitingFor = outcome.wait;
        this.#parked.set(instance.id, instance);
        return instance;
      }
      instance.at++;
    }
    instance.status = "done";
    this.#onDone(instance);
    return instance;
  }
}
