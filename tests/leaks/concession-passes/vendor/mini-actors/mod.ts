/**
 * mini-actors: finite state machines run as actors (a small cousin of XState).
 *
 *   const actor = system.spawn(machine, { id: "app-1", input });
 *   actor.subscribe({ next: (snapshot) => …, done: (output) => … });
 *   actor.send({ type: "PAID" });
 *
 * Every running actor is registered in its system by id, so other actors and tools can find
 * it (`system.get(id)`, the inspector's listing); an actor leaves the system when it stops.
 */

export interface MachineEvent {
  type: string;
  [key: string]: unknown;
}

export interface StateConfig<C> {
  on?: Record<
    string,
    {
      target: string;
      guard?: (ctx: C, e: MachineEvent) => boolean;
      assign?: (ctx: C, e: MachineEvent) => Partial<C>;
    }
  >;
  entry?: (ctx: C) => Partial<C> | void;
  type?: "final";
  output?: (ctx: C) => unknown;
}

export interface MachineConfig<C, I> {
  id: string;
  initial: string;
  context: (input: I) => C;
  states: Record<string, StateConfig<C>>;
}

export interface Snapshot<C> {
  value: string;
  context: C;
  status: "active" | "done" | "stopped";
}

export interface Observer<C> {
  next?: (snapshot: Snapshot<C>) => void;
  done?: (output: unknown) => void;
}

export function createMachine<C, I>(config: MachineConfig<C, I>): MachineConfig<C, I> {
  if (!(config.initial in config.states)) throw new Error(`${config.id}: no initial state`);
  return config;
}

export class Actor<C, I> {
  readonly id: string;
  readonly machine: MachineConfig<C, I>;
  #system: ActorSystem;
  #value: string;
  #context: C;
  #status: Snapshot<C>["status"] = "active";
  #observers = new Set<Observer<C>>();
  #output: unknown;

  constructor(system: ActorSystem, machine: MachineConfig<C, I>, id: string, input: I) {
    this.#system = system;
    this.machine = machine;
    this.id = id;
    this.#value = machine.initial;
    this.#context = machine.context(input);
  }

  get snapshot(): Snapshot<C> {
    return { value: this.#value, context: this.#context, status: this.#status };
  }

  subscribe(observer: Observer<C>): () => void {
    this.#observers.add(observer);
    return () => this.#observers.delete(observer);
  }

  start(): this {
    this.#enter(this.#value);
    return this;
  }

  send(event: MachineEvent): boolean {
    if (this.#status !== "active") return false;
    const transition = this.machine.states[this.#value].on?.[event.type];
    if (!transition || (transition.guard && !transition.guard(this.#context, event))) return false;
    if (transition.assign) {
      this.#context = { ...this.#context, ...transition.assign(this.#context, event) };
    }
    this.#enter(transition.target);
    return true;
  }

  #enter(value: string): void {
    this.#value = value;
    const state = this.machine.states[value];
    const patch = state.entry?.(this.#context);
    if (patch) this.#context = { ...this.#context, ...patch };
    for (const o of this.#observers) o.next?.(this.snapshot);
    if (state.type === "final") this.#finish(state.output?.(this.#context));
  }

  #finish(output: unknown): void {
    this.#status = "done";
    this.#output = output;
    for (const o of this.#observers) o.done?.(output);
    this.#observers.clear();
  }

  get output(): unknown {
    return this.#output;
  }

  stop(): void {
    if (this.#status === "stopped") return;
    this.#status = "stopped";
    this.#observers.clear();
    this.#system.unregister(this);
  }
}

/** What the system needs of an actor. */
export interface SystemActor {
  readonly id: string;
  readonly snapshot: { status: string };
}

export class ActorSystem {
  #actors = new Map<string, SystemActor>();
  #spawned = 0;

  spawn<C, I>(machine: MachineConfig<C, I>, options: { id?: string; input: I }): Actor<C, I> {
    const id = options.id ?? `${machine.id}-${++this.#spawned}`;
    if (this.#actors.has(id)) throw new Error(`an actor ${id} is already running`);
    const actor = new Actor(this, machine, id, options.input);
    this.register(actor);
    return actor;
  }

  register(actor: SystemActor): void {
    this.#actors.set(actor.id, actor);
  }

  unregister(actor: SystemActor): void {
    this.#actors.delete(actor.id);
  }

  get(id: string): SystemActor | undefined {
    return this.#actors.get(id);
  }

  inspect() {
    const byStatus: Record<string, number> = {};
    for (const a of this.#actors.values()) {
      byStatus[a.snapshot.status] = (byStatus[a.snapshot.status] ?? 0) + 1;
    }
    return { actors: this.#actors.size, byStatus };
  }
}

/** The default system, shared by everything that imports the library. */
export const system = new ActorSystem();
