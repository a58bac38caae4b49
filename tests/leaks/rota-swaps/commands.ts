import type { AggregateRoot } from "./aggregate.ts";
import type { EventMetadata, EventStore } from "./event_store.ts";
import type { RotaView } from "./projections.ts";
import { DomainError, ShiftSwap } from "./shift_swap.ts";

export class NotFound extends Error {}

export interface RequestSwap {
  id: string;
  ward: string;
  fromShift: string;
  toShift: string;
  requestedBy: string;
  reason?: string;
}

/** Command handlers: load the aggregate from its stream, call it, append what it raised. */
export class SwapCommands {
  constructor(private readonly store: EventStore, private readonly rota: RotaView) {}

  #load(id: string): ShiftSwap {
    const history = this.store.read(ShiftSwap.streamOf(id));
    if (history.length === 0) throw new NotFound(`no swap ${id}`);
    return new ShiftSwap().loadFrom(history);
  }

  #save(streamId: string, aggregate: AggregateRoot, meta: EventMetadata) {
    const { expectedVersion, events } = aggregate.takePending();
    return this.store.append(streamId, expectedVersion, events, meta);
  }

  request(cmd: RequestSwap, meta: EventMetadata) {
    for (const shift of [cmd.fromShift, cmd.toShift]) {
      const s = this.rota.get(shift);
      if (!s) throw new DomainError(`no shift ${shift}`);
      if (s.ward !== cmd.ward) throw new DomainError(`${shift} is not on ${cmd.ward}`);
    }
    const swap = new ShiftSwap();
    swap.request({
      swapId: cmd.id,
      ward: cmd.ward,
      fromShift: cmd.fromShift,
      toShift: cmd.toShift,
      requestedBy: cmd.requestedBy,
      reason: cmd.reason ?? "",
    });
    if (this.store.read(ShiftSwap.streamOf(cmd.id)).length) {
      throw new DomainError(`swap ${cmd.id} already exists`);
    }
    return this.#save(ShiftSwap.streamOf(cmd.id), swap, meta);
  }

  accept(id: string, by: string, note: string, meta: EventMetadata) {
    const swap = this.#load(id);
    swap.accept(by, note);
    return this.#save(ShiftSwap.streamOf(id), swap, meta);
  }

  approve(id: string, by: string, meta: EventMetadata) {
    const swap = this.#load(id);
    swap.approve(by);
    const recorded = this.#save(ShiftSwap.streamOf(id), swap, meta);
    // nothing more can happen to an approved swap
    this.store.archive(ShiftSwap.streamOf(id));
    return recorded;
  }

  withdraw(id: string, by: string, meta: EventMetadata) {
    const swap = this.#load(id);
    swap.withdraw(by);
    const recorded = this.#save(ShiftSwap.streamOf(id), swap, meta);
    this.store.archive(ShiftSwap.streamOf(id));
    return recorded;
  }
}
