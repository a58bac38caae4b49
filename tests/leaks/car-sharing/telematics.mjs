/**
 * Position pings from the cars' telematics boxes. Anything that wants a car's pings (a trip's
 * live map, geofencing) watches the car and gets every ping until it stops watching.
 */
export class Telematics {
  #watchers = new Map();
  #pings = 0;

  watch(carId, handler) {
    let set = this.#watchers.get(carId);
    if (!set) {
      set = new Set();
      this.#watchers.set(carId, set);
    }
    set.add(handler);
    return () => {
      set.delete(handler);
      if (set.size === 0) this.#watchers.delete(carId);
    };
  }

  publish(carId, ping) {
    this.#pings++;
    for (const handler of this.#watchers.get(carId) ?? []) handler(ping);
  }

  get pings() {
    return this.#pings;
  }
}

export const telematics = new Telematics();
