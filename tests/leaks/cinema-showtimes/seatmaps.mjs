// Seat maps per show, built by each chain's own engine (Pathé numbers rows from the screen,
// Kinepolis from the back, the independents have free seating). A show's seat map is shared
// by the bookings in progress for it and dropped when the last one is done.

class SeatMapEngine {
  constructor(chain, { rows, perRow, rowsFromScreen }) {
    this.chain = chain;
    this.rows = rows;
    this.perRow = perRow;
    this.rowsFromScreen = rowsFromScreen;
    this.built = 0;
  }

  build(showId) {
    this.built++;
    const seats = new Map();
    for (let r = 1; r <= this.rows; r++) {
      const row = this.rowsFromScreen ? r : this.rows - r + 1;
      for (let s = 1; s <= this.perRow; s++) seats.set(`${row}-${s}`, null);
    }
    return { showId, chain: this.chain, seats };
  }
}

const ENGINE_CONFIG = {
  pathe: { rows: 14, perRow: 18, rowsFromScreen: true },
  kinepolis: { rows: 12, perRow: 20, rowsFromScreen: false },
  independent: { rows: 8, perRow: 12, rowsFromScreen: true },
};

const engines = new Map();

export function engineFor(chain) {
  let engine = engines.get(chain);
  if (!engine) {
    const config = ENGINE_CONFIG[chain];
    if (!config) throw Object.assign(new Error(`no seat engine for ${chain}`), { status: 422 });
    engine = new SeatMapEngine(chain, config);
    engines.set(chain, engine);
  }
  return engine;
}

const open = new Map();

/** `occupied` lists the seats already sold for the show (read when the map is built). */
export function acquireSeatMap(chain, showId, occupied) {
  let entry = open.get(showId);
  if (!entry) {
    const map = engineFor(chain).build(showId);
    for (const [seat, booking] of occupied()) if (map.seats.has(seat)) map.seats.set(seat, booking);
    entry = { map, users: 0 };
    open.set(showId, entry);
  }
  entry.users++;
  return entry.map;
}

export function releaseSeatMap(showId) {
  const entry = open.get(showId);
  if (!entry) return;
  entry.users--;
  if (entry.users === 0) open.delete(showId);
}

export function seatMapStats() {
  return {
    openSeatMaps: open.size,
    engines: Object.fromEntries([...engines].map(([c, e]) => [c, e.built])),
  };
}
