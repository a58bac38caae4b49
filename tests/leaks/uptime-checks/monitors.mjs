// Customers' monitors and the incidents opened when one changes state.

const INCIDENTS_KEPT = 50;

export class MonitorRegistry {
  #monitors = new Map();
  #incidents = [];
  #latest = new Map();

  add({ id, name, url, intervalSec = 60, keyword, simulate = "up", owner }) {
    if (this.#monitors.has(id)) throw new Error(`monitor ${id} exists`);
    if (!/^https?:\/\//.test(url)) throw new RangeError("url must be http(s)");
    const monitor = {
      id,
      name,
      url,
      intervalMs: Math.max(30, intervalSec) * 1000,
      keyword,
      simulate,
      owner,
      createdAt: new Date().toISOString(),
    };
    this.#monitors.set(id, monitor);
    return monitor;
  }

  get(id) {
    return this.#monitors.get(id);
  }

  all() {
    return [...this.#monitors.values()];
  }

  /** Records a check result: the latest per monitor, and an incident on a change of state. */
  record(result) {
    const before = this.#latest.get(result.monitorId);
    this.#latest.set(result.monitorId, result);
    if (before && before.up !== result.up) {
      this.#incidents.unshift({
        monitorId: result.monitorId,
        kind: result.up ? "recovered" : "down",
        at: result.at,
        status: result.status,
      });
      if (this.#incidents.length > INCIDENTS_KEPT) this.#incidents.length = INCIDENTS_KEPT;
    }
  }

  latest(id) {
    return this.#latest.get(id);
  }

  incidents(owner) {
    const mine = new Set(this.all().filter((m) => m.owner === owner).map((m) => m.id));
    return this.#incidents.filter((i) => mine.has(i.monitorId));
  }
}
