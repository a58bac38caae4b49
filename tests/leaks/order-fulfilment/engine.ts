/**
 * A small saga engine: a workflow is a list of steps, each with an optional compensation that
 * undoes it if a later step fails. Steps can wait for an outside event (a payment webhook, a
 * carrier scan) by key; an event that arrives before its workflow is waiting for it is kept in
 * the mailbox, so the order of webhook and redirect does not matter.
 */

export interface StepContext<I> {
  instanceId: string;
  input: I;
  state: Record<string, unknown>;
  waitFor<T>(key: string, timeoutMs: number): Promise<T>;
  log(message: string): void;
}

export interface Step<I> {
  name: string;
  run(ctx: StepContext<I>): Promise<void> | void;
  compensate?(ctx: StepContext<I>): Promise<void> | void;
}

export interface WorkflowDefinition<I> {
  name: string;
  steps: Step<I>[];
}

type Status = "running" | "completed" | "compensated" | "failed";

interface Instance<I> {
  id: string;
  workflow: string;
  input: I;
  state: Record<string, unknown>;
  status: Status;
  currentStep: string | null;
  startedAt: number;
  finishedAt: number | null;
  journal: { at: number; message: string }[];
  error: string | null;
}

interface Waiter {
  resolve(payload: unknown): void;
  timer: ReturnType<typeof setTimeout>;
}

interface Buffered {
  payload: unknown;
  receivedAt: number;
}

export class TimeoutError extends Error {}

const HISTORY_SIZE = 100;

export class WorkflowEngine {
  #running = new Map<string, Instance<unknown>>();
  #history: Instance<unknown>[] = [];
  #waiters = new Map<string, Waiter>();
  #mailbox = new Map<string, Buffered>();
  #counts = { started: 0, completed: 0, compensated: 0, failed: 0 };

  start<I>(definition: WorkflowDefinition<I>, id: string, input: I): Instance<I> {
    if (this.#running.has(id)) throw new Error(`workflow ${id} is already running`);
    const instance: Instance<I> = {
      id,
      workflow: definition.name,
      input,
      state: {},
      status: "running",
      currentStep: null,
      startedAt: Date.now(),
      finishedAt: null,
      journal: [],
      error: null,
    };
    this.#running.set(id, instance as Instance<unknown>);
    this.#counts.started++;
    // runs in the background; the first step starts right away
    this.#execute(definition, instance).catch((err) => console.error(`workflow ${id}:`, err));
    return instance;
  }

  async #execute<I>(definition: WorkflowDefinition<I>, instance: Instance<I>): Promise<void> {
    const ctx: StepContext<I> = {
      instanceId: instance.id,
      input: instance.input,
      state: instance.state,
      waitFor: (key, timeoutMs) => this.#waitFor(key, timeoutMs),
      log: (message) => instance.journal.push({ at: Date.now(), message }),
    };
    const done: Step<I>[] = [];
    try {
      for (const step of definition.steps) {
        instance.currentStep = step.name;
        await step.run(ctx);
        done.push(step);
        ctx.log(`${step.name} done`);
      }
      instance.status = "completed";
    } catch (err) {
      instance.error = err instanceof Error ? err.message : String(err);
      ctx.log(`${instance.currentStep} failed: ${instance.error}`);
      instance.status = "compensated";
      for (const step of done.reverse()) {
        try {
          await step.compensate?.(ctx);
          ctx.log(`${step.name} compensated`);
        } catch (undoErr) {
          instance.status = "failed";
          ctx.log(`${step.name} could not be compensated: ${undoErr}`);
        }
      }
    } finally {
      instance.currentStep = null;
      instance.finishedAt = Date.now();
      this.#running.delete(instance.id);
      this.#counts[instance.status as Exclude<Status, "running">]++;
      this.#history.push(instance as Instance<unknown>);
      if (this.#history.length > HISTORY_SIZE) this.#history.shift();
    }
  }

  #waitFor<T>(key: string, timeoutMs: number): Promise<T> {
    const early = this.#mailbox.get(key);
    if (early) return Promise.resolve(early.payload as T);
    if (this.#waiters.has(key)) return Promise.reject(new Error(`already waiting for ${key}`));
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#waiters.delete(key);
        reject(new TimeoutError(`no ${key} within ${timeoutMs / 1000}s`));
      }, timeoutMs);
      this.#waiters.set(key, { resolve: resolve as (payload: unknown) => void, timer });
    });
  }

  /** Hands an outside event to the workflow waiting for it, or keeps it until one asks. */
  signal(key: string, payload: unknown): "delivered" | "buffered" {
    const waiter = this.#waiters.get(key);
    if (waiter) {
      this.#waiters.delete(key);
      clearTimeout(waiter.timer);
      waiter.resolve(payload);
      return "delivered";
    }
    this.#mailbox.set(key, { payload, receivedAt: Date.now() });
    return "buffered";
  }

  find(id: string): Instance<unknown> | undefined {
    return this.#running.get(id) ?? this.#history.findLast((i) => i.id === id);
  }

  stats() {
    return { ...this.#counts, running: this.#running.size, waiting: this.#waiters.size };
  }
}
