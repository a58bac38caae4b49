/** The farm's inverters and the comms session the SCADA link keeps with each of them. */

export interface Inverter {
  id: string;
  block: string;
  model: string;
  ratedKw: number;
  setpointKw: number;
  /** The comms board answers heartbeats (INV-07's was sent off for repair). */
  linkUp: boolean;
  lastAckAt: number | null;
}

export class Session {
  readonly controller = new AbortController();
  readonly openedAt = Date.now();
  lastBeat = Date.now();

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get open(): boolean {
    return !this.controller.signal.aborted;
  }
}

const HEARTBEAT_MS = 100;
const WATCHDOG_MS = 100;
const BEAT_TIMEOUT_MS = 250;

export class Fleet {
  readonly inverters = new Map<string, Inverter>();
  readonly #sessions = new Map<string, Session>();
  reconnects = 0;
  drops = 0;

  constructor(layout: Record<string, { model: string; ratedKw: number }[]>) {
    let n = 1;
    for (const [block, units] of Object.entries(layout)) {
      for (const unit of units) {
        const id = `INV-${String(n++).padStart(2, "0")}`;
        const inv: Inverter = {
          id,
          block,
          model: unit.model,
          ratedKw: unit.ratedKw,
          setpointKw: unit.ratedKw,
          linkUp: id !== "INV-07",
          lastAckAt: null,
        };
        this.inverters.set(id, inv);
        const session = new Session();
        this.#sessions.set(id, session);
        // the link's start-up probe: an inverter that does not answer starts offline
        if (!inv.linkUp) session.controller.abort(new Error("no answer to the start-up probe"));
      }
    }
    // the inverters' heartbeats, as the SCADA link receives them
    setInterval(() => {
      for (const inv of this.inverters.values()) if (inv.linkUp) this.heartbeat(inv.id);
    }, HEARTBEAT_MS);
    setInterval(() => this.#watchdog(), WATCHDOG_MS);
  }

  session(id: string): Session {
    const session = this.#sessions.get(id);
    if (!session) throw new RangeError(`no inverter ${id}`);
    return session;
  }

  heartbeat(id: string) {
    let session = this.session(id);
    if (!session.open) {
      session = new Session();
      this.#sessions.set(id, session);
      this.reconnects++;
    }
    session.lastBeat = Date.now();
  }

  block(block: string): Inverter[] {
    return [...this.inverters.values()].filter((inv) => inv.block === block);
  }

  #watchdog() {
    const now = Date.now();
    for (const session of this.#sessions.values()) {
      if (session.open && now - session.lastBeat > BEAT_TIMEOUT_MS) {
        session.controller.abort(new Error("heartbeat lost"));
        this.drops++;
      }
    }
  }

  status() {
    return [...this.inverters.values()].map((inv) => ({
      id: inv.id,
      block: inv.block,
      setpointKw: inv.setpointKw,
      online: this.session(inv.id).open,
    }));
  }
}
