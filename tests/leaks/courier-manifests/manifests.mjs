import { EventEmitter } from "node:events";

export class ManifestError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const HISTORY_LIMIT = 40;
const MAX_PARCELS = 120;

/** Depot events (a run closing) for the sorting-hall screens and for loads in progress. */
export const depot = new EventEmitter();

/**
 * Manifests of runs still loading, by run id. Defined non-writable so a second "open run"
 * cannot silently replace a half-loaded van, but configurable so closing can remove them.
 */
const openRuns = Object.create(null);
const closedRuns = [];
const totals = { parcels: 0, grams: 0, byDepot: { "rotterdam-zuid": 0, "rotterdam-noord": 0 } };

function openRun(runId, depotId) {
  const run = {
    id: runId,
    depot: depotId,
    parcels: [],
    grams: 0,
    openedAt: new Date().toISOString(),
  };
  Object.defineProperty(openRuns, runId, { value: run, enumerable: true, configurable: true });
  return run;
}

export async function addParcel(runId, parcel) {
  if (!parcel?.parcel || !parcel?.postcode) {
    throw new ManifestError(400, "parcel and postcode required");
  }
  const depotId = parcel.depot ?? "rotterdam-zuid";
  if (!(depotId in totals.byDepot)) throw new ManifestError(404, `no depot ${depotId}`);
  const run = openRuns[runId] ?? openRun(runId, depotId);
  if (run.parcels.length >= MAX_PARCELS) throw new ManifestError(409, `run ${runId} is full`);
  // Wait for the hall scanner to confirm the parcel reached the van's cage (or the run closes).
  const scanned = await new Promise((resolve) => {
    const onClosed = (closedId) => {
      if (closedId === runId) finish(false);
    };
    const finish = (ok) => {
      depot.off("run-closed", onClosed);
      resolve(ok);
    };
    depot.on("run-closed", onClosed);
    setTimeout(() => finish(true), 1);
  });
  if (!scanned) throw new ManifestError(409, `run ${runId} closed while loading`);
  const entry = {
    parcel: parcel.parcel,
    postcode: parcel.postcode,
    grams: Number(parcel.weightGrams) || 0,
  };
  run.parcels.push(entry);
  run.grams += entry.grams;
  return { run: runId, parcels: run.parcels.length, grams: run.grams };
}

export function closeRun(runId) {
  const run = openRuns[runId];
  if (!run) throw new ManifestError(404, `no open run ${runId}`);
  delete openRuns[runId];
  depot.emit("run-closed", runId);
  // The driver's copy: a snapshot the open manifest can no longer change.
  const manifest = structuredClone({ ...run, closedAt: new Date().toISOString() });
  closedRuns.unshift({
    id: run.id,
    depot: run.depot,
    parcels: run.parcels.length,
    grams: run.grams,
  });
  if (closedRuns.length > HISTORY_LIMIT) closedRuns.length = HISTORY_LIMIT;
  totals.parcels += run.parcels.length;
  totals.grams += run.grams;
  totals.byDepot[run.depot] += run.parcels.length;
  return manifest;
}

export function recentRuns(n) {
  return { open: Object.keys(openRuns).length, totals, runs: closedRuns.slice(0, n) };
}
