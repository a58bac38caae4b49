import { Batch, BrewError } from "./batches.mjs";
import { freeTank } from "./loops.mjs";

const active = new Map();
const packaged = [];

export function brew(body) {
  if (!body.id || active.has(body.id)) throw new BrewError("a new batch id is required");
  if (!(body.originalGravity > 1 && body.originalGravity < 1.15)) {
    throw new BrewError("original gravity looks wrong");
  }
  const tank = freeTank("FV");
  if (!tank) throw new BrewError("every fermenter is full", 409);
  const batch = new Batch(body, tank);
  active.set(batch.id, batch);
  return batch.summary();
}

export function batchOf(id) {
  const batch = active.get(id);
  if (!batch) throw new BrewError(`no batch ${id} in the cellar`, 404);
  return batch;
}

export function packageBatch(id, format) {
  const batch = batchOf(id).package(format);
  active.delete(id);
  packaged.unshift({ id, recipe: batch.recipe, format, at: new Date().toISOString() });
  if (packaged.length > 30) packaged.pop();
  return batch.summary();
}

export function cellarView() {
  return {
    active: [...active.values()].map((b) => b.summary()),
    packaged: packaged.slice(0, 10),
  };
}
