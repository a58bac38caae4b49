/**
 * Glycol loops. Every fermenter hangs off the fermentation loop and every bright tank off the
 * cold-room loop; the chiller controllers post their status here and each batch in a tank on
 * the loop hears about it.
 */
export class GlycolLoop {
  #watchers = new Set();

  constructor(name, setpointC) {
    this.name = name;
    this.setpointC = setpointC;
    this.status = { supplyC: setpointC, returnC: setpointC + 2, alarm: null, at: null };
  }

  watch(fn) {
    this.#watchers.add(fn);
    return () => this.#watchers.delete(fn);
  }

  report(status) {
    this.status = { ...status, at: new Date().toISOString() };
    for (const fn of this.#watchers) fn(this.status, this);
  }

  get watching() {
    return this.#watchers.size;
  }
}

export const loops = {
  fermentation: new GlycolLoop("fermentation", -2),
  coldRoom: new GlycolLoop("cold-room", -4),
};

function tanks(prefix, count, litres, loop) {
  return Array.from({ length: count }, (_, n) => {
    const id = `${prefix}-${String(n + 1).padStart(2, "0")}`;
    return [id, { id, litres, loop, batch: null }];
  });
}

export const cellar = new Map([
  ...tanks("FV", 12, 2000, loops.fermentation),
  ...tanks("BT", 12, 2000, loops.coldRoom),
]);

export function freeTank(prefix) {
  for (const tank of cellar.values()) {
    if (tank.id.startsWith(prefix) && !tank.batch) return tank;
  }
  return null;
}
