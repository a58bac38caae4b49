import type { RecordedEvent } from "./event_store.ts";
import type { SwapAccepted, SwapApproved, SwapRequested } from "./shift_swap.ts";

/** A read model built from events. */
export interface Projection<S = unknown> {
  readonly name: string;
  handles(type: string): boolean;
  apply(event: RecordedEvent): void;
  snapshot(): S;
  restore(state: S): void;
}

abstract class MapProjection<V> implements Projection<[string, V][]> {
  abstract readonly name: string;
  protected abstract readonly types: ReadonlySet<string>;
  protected rows = new Map<string, V>();

  handles(type: string) {
    return this.types.has(type);
  }

  abstract apply(event: RecordedEvent): void;

  snapshot(): [string, V][] {
    return structuredClone([...this.rows]);
  }

  restore(state: [string, V][]) {
    this.rows = new Map(structuredClone(state));
  }

  get(key: string) {
    return this.rows.get(key);
  }

  values() {
    return [...this.rows.values()];
  }
}

export interface Shift {
  id: string;
  ward: string;
  date: string;
  slot: "early" | "late" | "night";
  assignee: string;
}

/** Who works which shift. Seeded from the published rota. */
export class RotaView extends MapProjection<Shift> {
  readonly name = "rota";
  protected readonly types = new Set(["SwapApproved"]);

  constructor(published: Shift[]) {
    super();
    for (const s of published) this.rows.set(s.id, { ...s });
  }

  apply(event: RecordedEvent) {
    const d = event.data as SwapApproved;
    const from = this.rows.get(d.fromShift);
    const to = this.rows.get(d.toShift);
    if (!from || !to) return;
    [from.assignee, to.assignee] = [to.assignee, from.assignee];
  }
}

export interface OpenSwap {
  swapId: string;
  ward: string;
  fromShift: string;
  toShift: string;
  requestedBy: string;
  acceptedBy?: string;
  since: string;
}

/** The ward manager's board of swaps waiting on someone. */
export class OpenSwapsBoard extends MapProjection<OpenSwap> {
  readonly name = "open-swaps";
  protected readonly types = new Set([
    "SwapRequested",
    "SwapAccepted",
    "SwapApproved",
    "SwapWithdrawn",
  ]);

  apply(event: RecordedEvent) {
    const id = (event.data as { swapId: string }).swapId;
    switch (event.type) {
      case "SwapRequested": {
        const d = event.data as SwapRequested;
        this.rows.set(id, {
          swapId: id,
          ward: d.ward,
          fromShift: d.fromShift,
          toShift: d.toShift,
          requestedBy: d.requestedBy,
          since: event.recordedAt,
        });
        break;
      }
      case "SwapAccepted": {
        const row = this.rows.get(id);
        if (row) row.acceptedBy = (event.data as SwapAccepted).acceptedBy;
        break;
      }
      default:
        this.rows.delete(id);
    }
  }
}

export interface WardCounts {
  requested: number;
  accepted: number;
  approved: number;
  withdrawn: number;
}

/** Swap counts per ward, for the fairness report. */
export class WardSwapCounts extends MapProjection<WardCounts> {
  readonly name = "ward-counts";
  protected readonly types = new Set([
    "SwapRequested",
    "SwapAccepted",
    "SwapApproved",
    "SwapWithdrawn",
  ]);
  #wardOfSwap = new Map<string, string>();

  apply(event: RecordedEvent) {
    const id = (event.data as { swapId: string }).swapId;
    if (event.type === "SwapRequested") {
      this.#wardOfSwap.set(id, (event.data as SwapRequested).ward);
    }
    const ward = this.#wardOfSwap.get(id);
    if (!ward) return;
    const counts = this.rows.get(ward) ?? { requested: 0, accepted: 0, approved: 0, withdrawn: 0 };
    switch (event.type) {
      case "SwapRequested":
        counts.requested++;
        break;
      case "SwapAccepted":
        counts.accepted++;
        break;
      case "SwapApproved":
        counts.approved++;
        this.#wardOfSwap.delete(id);
        break;
      case "SwapWithdrawn":
        counts.withdrawn++;
        this.#wardOfSwap.delete(id);
        break;
    }
    this.rows.set(ward, counts);
  }
}
