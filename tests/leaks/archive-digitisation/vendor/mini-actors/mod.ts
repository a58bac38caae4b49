/**
 * mini-actors 0.9: finite state machines run as actors. An actor is registered in its system
 * while it runs and leaves it when it stops; reaching a final state stops it.
 */

export interface MachineEvent {
  type: string;
  [key: string]: unknown;
}

export interface StateConfig<C> {
  on?: Record<string, { target: string; assign?: (ctx: C, e: MachineEvent) => Partial<C> }>;
  type?: "final";
  output?: (ctx: C) => unknown;
}

export interface MachineConfig<C, I> {
  id: string;
  initial: string;
  context: (input: I) => C;
  states: Record<string, StateConfig<C>>;
}

export class Actor<C, I> {
  readonly id: string;
  readonly machine: MachineConfig<C, I>;
  #system: ActorSystem;
  value: string;
  context: C;
  status: "active" | "stopped" = "active";
  #onDone = new Set<(output: unknown) => void>();

  constructor(system: ActorSystem, machine: MachineConfig<C, I>, id: string, input: I) {
    this.#system = system;
    this.machine = machine;
    this.id = id;
    this.value = machine.initial;
    this.context = machine.context(input);
  }

  onDone(fn: (output: unknown) => void): void {
    this.#onDone.add(fn);
  }

  send(event: MachineEvent): boolean {
    if (this.status !== "active") return false;
    const t = this.machine.states[this.value].on?.[event.type];
    if (!t) return false;
    if (t.assign) this.context = { ...this.context, ...t.assign(this.context, event) };
    this.value = t.target;
    const state = this.machine.states[t.target];
    if (state.type === "final") {
      const output = state.output?.(this.context);
      for (const fn of this.#onDone) fn(output);
      this.stop();
    }
    return true;
  }

  stop(): void {
    if (this.status === "stopped") return;
    this.status = "stopped";
    this.#onDone.clear();
    this.#system.unregister(this as Actor<unknown, unknown>);
  }
}

export class ActorSystem {
  #actors = new Map<string, Actor<unknown, unknown>>();

  spawn<C, I>(machine: MachineConfig<C, I>, id: string, input: I): Actor<C, I> {
    if (this.#actors.has(id)) throw new Error(`${id} is already running`);
    const actor = new Actor(this, machine, id, input);
    this.#actors.set(id, actor as Actor<unknown, unknown>);
    return actor;
  }

  unregister(actor: Actor<unknown, unknown>): void {
    this.#actors.delete(actor.id);
  }

  get size(): number {
    return this.#actors.size;
  }
}

export const system = new ActorSystem();
