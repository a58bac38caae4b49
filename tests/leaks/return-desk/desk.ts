// The returns desk: every open return's flow, resumed by warehouse events until it is closed.

import { type Outcome, type ReturnCase, type ReturnEvent, returnFlow, type Stage } from "./flow.ts";

export interface OpenReturn {
  rma: ReturnCase;
  flow: Generator<Stage, Outcome, ReturnEvent>;
  stage: Stage;
  history: ReturnEvent[];
}

export interface ClosedReturn {
  id: string;
  order: string;
  outcome: Outcome;
}

export class DeskError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const RECENTLY_CLOSED = 50;

export class ReturnDesk {
  #flows = new Map<string, OpenReturn>();
  #closed: ClosedReturn[] = [];
  #refundedCents = 0;

  /**
   * Opens a return with the event that started it: "opened" for a courier pickup, or the
   * pickup point's scan for a parcel the customer dropped off.
   */
  open(rma: ReturnCase, first: ReturnEvent): OpenReturn {
    if (this.#flows.has(rma.id)) throw new DeskError(409, `return ${rma.id} is already open`);
    const flow = returnFlow(rma);
    const step = flow.next(first);
    if (step.done) throw new DeskError(500, `return ${rma.id} closed on opening`);
    const open: OpenReturn = { rma, flow, stage: step.value, history: [first] };
    this.#flows.set(rma.id, open);
    return open;
  }

  deliver(id: string, event: ReturnEvent): { stage: Stage | Outcome["status"]; outcome?: Outcome } {
    const open = this.#flows.get(id);
    if (!open) throw new DeskError(404, `no open return ${id}`);
    open.history.push(event);
    const step = open.flow.next(event);
    if (step.done) {
      this.#flows.delete(id);
      this.#close(open.rma, step.value);
      return { stage: step.value.status, outcome: step.value };
    }
    open.stage = step.value;
    return { stage: step.value };
  }

  find(id: string): OpenReturn | ClosedReturn | undefined {
    return this.#flows.get(id) ?? this.#closed.find((c) => c.id === id);
  }

  #close(rma: ReturnCase, outcome: Outcome): void {
    this.#refundedCents += outcome.refund?.totalCents ?? 0;
    this.#closed.push({ id: rma.id, order: rma.order.id, outcome });
    if (this.#closed.length > RECENTLY_CLOSED) this.#closed.shift();
  }

  stats() {
    const byStage: Record<string, number> = {};
    for (const open of this.#flows.values()) byStage[open.stage] = (byStage[open.stage] ?? 0) + 1;
    return {
      open: byStage,
      refundedCents: this.#refundedCents,
      recentlyClosed: this.#closed.length,
    };
  }
}

export const desk = new ReturnDesk();
