import { EventStore, type NewEvent, type StoredEvent } from "./event_store.ts";

/** A warehouse's stock as an event-sourced aggregate. */
export interface StockState {
  onHand: Record<string, number>;
  reservations: Record<string, { sku: string; qty: number; at: string }>;
  shipped: number;
}

export class StockError extends Error {}

const initial = (): StockState => ({ onHand: {}, reservations: {}, shipped: 0 });

function apply(state: StockState, event: StoredEvent): StockState {
  const d = event.data as Record<string, string & number>;
  switch (event.type) {
    case "StockReceived":
      state.onHand[d.sku] = (state.onHand[d.sku] ?? 0) + d.qty;
      break;
    case "StockReserved":
      state.onHand[d.sku] -= d.qty;
      state.reservations[d.order] = { sku: d.sku, qty: d.qty, at: event.recordedAt };
      break;
    case "ReservationReleased": {
      const r = state.reservations[d.order];
      state.onHand[r.sku] += r.qty;
      delete state.reservations[d.order];
      break;
    }
    case "OrderShipped":
      delete state.reservations[d.order];
      state.shipped++;
      break;
  }
  return state;
}

function load(warehouse: string): { state: StockState; version: number } {
  const snapshot = EventStore.latestSnapshot<StockState>(warehouse);
  let state = snapshot ? structuredClone(snapshot.state) : initial();
  let version = snapshot?.version ?? 0;
  for (const event of EventStore.readAfter(warehouse, version)) {
    state = apply(state, event);
    version = event.version;
  }
  return { state, version };
}

/** Loads the aggregate, lets `decide` produce events, appends them and snapshots when due. */
function execute(warehouse: string, decide: (state: StockState) => NewEvent[]) {
  const { state, version } = load(warehouse);
  const events = decide(state);
  const stored = EventStore.append(warehouse, version, events);
  let next = state;
  for (const event of stored) next = apply(next, event);
  const latest = stored.length ? stored[stored.length - 1].version : version;
  const snapshotAt = EventStore.latestSnapshot(warehouse)?.version ?? 0;
  if (latest - snapshotAt >= EventStore.SNAPSHOT_EVERY) {
    EventStore.saveSnapshot(warehouse, latest, next);
  }
  return { state: next, version: latest, events: stored };
}

export function receive(warehouse: string, sku: string, qty: number, po: string) {
  if (!(qty > 0)) throw new StockError("qty must be positive");
  return execute(warehouse, () => [{ type: "StockReceived", data: { sku, qty, po } }]);
}

export function reserve(warehouse: string, order: string, sku: string, qty: number) {
  return execute(warehouse, (state) => {
    if (state.reservations[order]) throw new StockError(`${order} already holds stock`);
    if ((state.onHand[sku] ?? 0) < qty) throw new StockError(`not enough ${sku}`);
    return [{ type: "StockReserved", data: { order, sku, qty } }];
  });
}

export function ship(warehouse: string, order: string, carrier: string, tracking: string) {
  return execute(warehouse, (state) => {
    if (!state.reservations[order]) throw new StockError(`${order} holds no stock`);
    return [{ type: "OrderShipped", data: { order, carrier, tracking } }];
  });
}

export function release(warehouse: string, order: string, reason: string) {
  return execute(warehouse, (state) => {
    if (!state.reservations[order]) throw new StockError(`${order} holds no stock`);
    return [{ type: "ReservationReleased", data: { order, reason } }];
  });
}

export function stock(warehouse: string) {
  const { state, version } = load(warehouse);
  return {
    warehouse,
    version,
    onHand: state.onHand,
    reserved: Object.keys(state.reservations).length,
    shipped: state.shipped,
  };
}
