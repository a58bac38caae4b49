import { type Hashable, hashAll, HashMap } from "./vendor/jcollections.ts";
import { needStation, StationError } from "./stations.ts";

/** The key of a work order: which asset, at which station (immutable, as WorkOrderKey.java). */
class WorkOrderKey implements Hashable {
  constructor(readonly station: string, readonly asset: string, readonly id: string) {
    Object.freeze(this);
  }

  hashCode() {
    return hashAll(this.station, this.asset, this.id);
  }

  equals(other: unknown) {
    return other instanceof WorkOrderKey && other.station === this.station &&
      other.asset === this.asset && other.id === this.id;
  }
}

interface WorkOrder {
  key: WorkOrderKey;
  fault: string;
  priority: "P1" | "P2" | "P3";
  status: "open" | "on-site" | "closed";
  raisedBy: string;
  raisedAt: number;
  notes: string[];
}

const open = new HashMap<WorkOrderKey, WorkOrder>();
const keysById = new Map<string, WorkOrderKey>();
/** The last 25 closed work orders. */
const closed: { id: string; station: string; asset: string; fault: string }[] = [];

export function raise(body: {
  id: string;
  station: string;
  asset: string;
  fault: string;
  priority?: "P1" | "P2" | "P3";
  raisedBy: string;
}) {
  needStation(body.station);
  if (keysById.has(body.id)) throw new StationError(409, `${body.id} is already open`);
  const key = new WorkOrderKey(body.station, body.asset, body.id);
  const order: WorkOrder = {
    key,
    fault: body.fault,
    priority: body.priority ?? "P3",
    status: "open",
    raisedBy: body.raisedBy,
    raisedAt: Date.now(),
    notes: [],
  };
  open.put(key, order);
  keysById.set(body.id, key);
  return order;
}

export function complete(id: string, note: string) {
  const key = keysById.get(id);
  const order = key && open.get(key);
  if (!key || !order) throw new StationError(404, `no open work order ${id}`);
  order.status = "closed";
  order.notes.push(note);
  open.remove(key);
  keysById.delete(id);
  closed.unshift({ id, station: key.station, asset: key.asset, fault: order.fault });
  if (closed.length > 25) closed.pop();
  return { id, status: order.status };
}

export function workOrderStats() {
  return { open: open.size, closed: closed.slice(0, 5) };
}
