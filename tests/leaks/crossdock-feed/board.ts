/**
 * The cross-dock's live board: pallets in and out per door, where outbound pallets wait, and
 * door faults, fed by one loop over the scan and alert feeds merged.
 */
import { type Alert, alerts, type Scan, scans } from "./events.ts";
import { merge } from "./merge.ts";

export const DOORS = ["D01", "D02", "D03", "D04", "D05", "D06", "D07", "D08"];

interface DoorState {
  inbound: number;
  outbound: number;
  kg: number;
  lastPallet?: string;
  fault?: { code: string; since: number };
}

const doors = new Map<string, DoorState>(DOORS.map((d) => [d, { inbound: 0, outbound: 0, kg: 0 }]));
const staged = new Map<string, Scan>(); // pallets in, not yet loaded out
const RECENT = 40;
const recent: (Scan | Alert)[] = [];
let processed = 0;

function apply(event: Scan | Alert) {
  const door = doors.get(event.door);
  if (!door) return;
  if (event.kind === "alert") {
    door.fault = event.code === "CLEAR" ? undefined : { code: event.code, since: event.at };
  } else if (event.direction === "in") {
    door.inbound++;
    door.kg += event.weightKg;
    staged.set(event.pallet, event);
  } else {
    door.outbound++;
    staged.delete(event.pallet);
  }
  if (event.kind === "scan") door.lastPallet = event.pallet;
  recent.push(event);
  if (recent.length > RECENT) recent.shift();
  processed++;
}

export async function runBoard() {
  const scanFeed = scans.subscribe();
  const alertFeed = alerts.subscribe();
  for await (const event of merge<Scan | Alert>(scanFeed, alertFeed)) apply(event);
}

export function boardView() {
  return {
    doors: Object.fromEntries(doors),
    staged: staged.size,
    processed,
    recent: recent.slice(-8).map((e) =>
      e.kind === "scan" ? `${e.door} ${e.direction} ${e.pallet}` : `${e.door} ${e.code}`
    ),
  };
}
