import { type Clash, ClashRegister, pairKey } from "./clash_register.ts";
import { type Box, grow, overlap } from "./geometry.ts";
import { modelElements } from "./model.ts";

export interface TemporaryWork {
  id: string;
  kind: "scaffold" | "propping" | "formwork" | "hoist";
  description: string;
  contractor: string;
  box: Box;
  erectedAt: string;
}

export const register = new ClashRegister();
const onSite = new Map<string, TemporaryWork>();
const struck: { id: string; clashes: number; at: string }[] = [];
const MAX_STRUCK = 25;

const COORDINATORS = { structure: "K. Hendriks", architecture: "M. Aydin", mep: "S. Brouwer" };

/** Checks a temporary work against every model element and records what it hits. */
export function place(work: TemporaryWork): Clash[] {
  if (onSite.has(work.id)) throw new Error(`${work.id} is already on site`);
  onSite.set(work.id, work);
  const found: Clash[] = [];
  for (const element of modelElements.values()) {
    const [dx, dy, dz] = overlap(grow(work.box, element.clearance), element.box);
    if (dx <= 0 || dy <= 0 || dz <= 0) continue;
    const hard = overlap(work.box, element.box).every((d) => d > 0);
    const volumeLitres = Math.round((dx * dy * dz) / 1e6);
    const clash: Clash = {
      key: pairKey(work.id, element.id),
      a: work.id,
      b: element.id,
      kind: hard ? "hard" : "clearance",
      overlapMm: [dx, dy, dz],
      volumeLitres,
      severity: hard && element.discipline === "structure" ? "critical" : hard ? "major" : "minor",
      detectedAt: new Date().toISOString(),
      assignedTo: COORDINATORS[element.discipline],
      note: `${work.kind} ${work.id} (${work.contractor}) against ${element.name}`,
    };
    register.record(clash);
    found.push(clash);
  }
  return found;
}

export function strike(id: string): number {
  if (!onSite.delete(id)) throw new Error(`${id} is not on site`);
  const cleared = register.removeElement(id);
  struck.push({ id, clashes: cleared, at: new Date().toISOString() });
  if (struck.length > MAX_STRUCK) struck.shift();
  return cleared;
}

export function summary() {
  return { onSite: onSite.size, clashCounts: register.counts(), recentlyStruck: struck.slice(-5) };
}
