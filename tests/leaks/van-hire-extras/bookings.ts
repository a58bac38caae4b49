import { type DepotInventory, type Driver, HireError, type Hold } from "./inventory.ts";
import { item } from "./catalogue.ts";

export interface BookingRequest {
  ref: string;
  vehicleClass: string;
  extras?: { sku: string; qty?: number }[];
  driver: Driver;
  from: string;
  to: string;
  channel?: string;
}

export interface Booking {
  ref: string;
  depot: string;
  holds: Hold[];
  quotePence: number;
  status: "reserved" | "on-hire";
}

function days(from: string, to: string) {
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? Math.max(1, Math.ceil(ms / 86_400_000)) : 1;
}

/**
 * Holds the van and every extra at once (the fleet call is the slow one, so they go in
 * parallel); if any of them cannot be had, what was held is given back and the booking fails.
 */
export async function reserve(depot: DepotInventory, req: BookingRequest): Promise<Booking> {
  if (!req.ref || !req.vehicleClass || !req.driver?.licence) {
    throw new HireError(400, "ref, vehicleClass and driver.licence are required");
  }
  const base = {
    ref: req.ref,
    driver: req.driver,
    from: req.from,
    to: req.to,
    channel: req.channel ?? "web",
  };
  const placed: Hold[] = [];
  const keep = (hold: Hold) => {
    placed.push(hold);
    return hold;
  };
  try {
    await Promise.all([
      depot.hold({ ...base, sku: req.vehicleClass, qty: 1 }).then(keep),
      ...(req.extras ?? []).map((x) =>
        depot.hold({ ...base, sku: x.sku, qty: x.qty ?? 1 }).then(keep)
      ),
    ]);
  } catch (err) {
    // give back what was held before the failure
    for (const hold of placed) depot.release(hold.id);
    throw err;
  }
  const n = days(req.from, req.to);
  const quotePence = placed.reduce((sum, h) => sum + (item(h.sku)?.dailyPence ?? 0) * h.qty * n, 0);
  return { ref: req.ref, depot: depot.depot, holds: placed, quotePence, status: "reserved" };
}
