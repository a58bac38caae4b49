/** The sale on the rostrum: one lot at a time, bids at the auctioneer's increments. */

export interface Lot {
  no: number;
  title: string;
  estimate: [number, number];
  opening: number;
}

export interface SaleEvent {
  seq: number;
  type: "lot-open" | "bid" | "hammer";
  lot: number;
  amount: number;
  paddle?: string;
  text: string;
  at: number;
}

export interface BidRecord {
  paddle: string;
  amount: number;
  via: string;
  at: number;
}

const CATALOGUE: Lot[] = [
  { no: 101, title: "Georgian silver cream jug, London 1789", estimate: [300, 500], opening: 200 },
  { no: 102, title: "Pair of Staffordshire spaniels, c.1860", estimate: [150, 250], opening: 80 },
  { no: 103, title: "Oak bracket clock, fusee movement", estimate: [800, 1200], opening: 500 },
  { no: 104, title: "Watercolour, Whitby harbour, signed", estimate: [400, 600], opening: 250 },
  { no: 105, title: "Victorian walnut writing slope", estimate: [120, 180], opening: 60 },
  { no: 106, title: "Art Deco enamel compact, Birmingham 1934", estimate: [90, 140], opening: 50 },
];

/** Bids a lot takes before the hammer comes down (the demo room is brisk). */
const BIDS_PER_LOT = 12;

export function increment(amount: number): number {
  if (amount < 100) return 5;
  if (amount < 500) return 20;
  if (amount < 1000) return 50;
  return 100;
}

export class Sale {
  #seq = 0;
  #index = 0;
  #asking: number;
  #bids: BidRecord[] = [];
  #hammered: { lot: number; paddle: string; amount: number }[] = [];

  constructor(readonly saleId: string) {
    this.#asking = this.lot.opening;
  }

  get lot(): Lot {
    return CATALOGUE[this.#index % CATALOGUE.length];
  }

  get asking(): number {
    return this.#asking;
  }

  #event(type: SaleEvent["type"], amount: number, text: string, paddle?: string): SaleEvent {
    return { seq: ++this.#seq, type, lot: this.lot.no, amount, paddle, text, at: Date.now() };
  }

  /** A bid at the asking price; returns the events it caused (a bid, perhaps the hammer). */
  bid(paddle: string, via: string): SaleEvent[] {
    const amount = this.#asking;
    this.#bids.push({ paddle, amount, via, at: Date.now() });
    this.#asking = amount + increment(amount);
    const events = [
      this.#event("bid", amount, `£${amount} with paddle ${paddle} (${via})`, paddle),
    ];
    if (this.#bids.length >= BIDS_PER_LOT) {
      const lot = this.lot;
      events.push(this.#event("hammer", amount, `Lot ${lot.no} sold for £${amount}`, paddle));
      this.#hammered.unshift({ lot: lot.no, paddle, amount });
      if (this.#hammered.length > 30) this.#hammered.length = 30;
      this.#index++;
      this.#bids = [];
      this.#asking = this.lot.opening;
      events.push(this.#event("lot-open", this.#asking, `Lot ${this.lot.no}: ${this.lot.title}`));
    }
    return events;
  }

  state() {
    return {
      sale: this.saleId,
      lot: this.lot,
      asking: this.#asking,
      bids: this.#bids.length,
      leading: this.#bids.at(-1)?.paddle ?? null,
      results: this.#hammered.slice(0, 10),
    };
  }
}
