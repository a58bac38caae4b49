/** The clock auction: a lot is open for 150 ms of simulated clock, then goes to the best bid. */

export interface Lot {
  id: string;
  pln: string;
  species: string;
  presentation: string;
  kg: number;
  boxes: number;
  openedAt: number;
}

export interface Bid {
  buyer: string;
  pricePerKg: number;
  at: number;
}

const CLOSE_AFTER_MS = 150;

export class OpenLot extends EventTarget {
  readonly bids: Bid[] = [];
  closed = false;

  constructor(readonly lot: Lot) {
    super();
  }

  best(): Bid | null {
    return this.bids.reduce<Bid | null>(
      (b, x) => (b && b.pricePerKg >= x.pricePerKg ? b : x),
      null,
    );
  }
}

export class Auction {
  readonly #open = new Map<string, OpenLot>();
  readonly sold: {
    lot: string;
    species: string;
    buyer: string | null;
    pricePerKg: number | null;
  }[] = [];
  /** Bid windows still running, so /stats can say how many buyers are on the clock. */
  readonly #windows = new Set<AbortSignal>();
  notices = 0;

  open(lot: Lot): OpenLot {
    if (this.#open.has(lot.id)) throw new RangeError(`lot ${lot.id} is already on the clock`);
    const open = new OpenLot(lot);
    this.#open.set(lot.id, open);
    setTimeout(() => this.#close(open), CLOSE_AFTER_MS);
    return open;
  }

  get(id: string): OpenLot | undefined {
    return this.#open.get(id);
  }

  bid(id: string, bid: Bid): { leading: boolean } {
    const open = this.#open.get(id);
    if (!open || open.closed) throw new RangeError(`lot ${id} is closed`);
    open.bids.push(bid);
    // the buyer's handheld is told how the lot went when it closes
    open.addEventListener("closed", () => {
      const best = open.best();
      if (best && best.buyer !== bid.buyer) this.notices++;
    }, { once: true });
    const window = AbortSignal.timeout(200);
    this.#windows.add(window);
    window.addEventListener("abort", () => this.#windows.delete(window), { once: true });
    return { leading: open.best() === bid };
  }

  #close(open: OpenLot) {
    open.closed = true;
    this.#open.delete(open.lot.id);
    const best = open.best();
    open.dispatchEvent(new Event("closed"));
    this.sold.unshift({
      lot: open.lot.id,
      species: open.lot.species,
      buyer: best?.buyer ?? null,
      pricePerKg: best?.pricePerKg ?? null,
    });
    if (this.sold.length > 40) this.sold.length = 40;
  }

  stats() {
    return { open: this.#open.size, windows: this.#windows.size, notices: this.notices };
  }
}
