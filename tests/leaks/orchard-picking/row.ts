const TICK_MS = 250;
/** A picker should fill a bin (about 300 kg) in under 40 minutes on a good block. */
const TARGET_KG_PER_HOUR = 450;

export interface RowLive {
  kg: number;
  bins: number;
  minutesOpen: number;
  kgPerHour: number;
  behind: boolean;
}

export interface Bin {
  tag: string;
  picker: string;
  kg: number;
  grade: "class-1" | "class-2" | "juice";
  at: number;
}

/** One row being picked: pickers on it, the bins it has filled, a live rate for the supervisor. */
export class Row {
  readonly openedAt = Date.now();
  pickers: string[] = [];
  readonly bins: Bin[] = [];
  #live: RowLive | null = null;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #closedAt: number | null = null;

  constructor(readonly id: string, readonly block: string, readonly variety: string) {}

  /** The supervisor's tablet shows this; it ticks only while someone is looking and the row is open. */
  get live(): RowLive {
    if (this.#closedAt === null) this.#ticker ??= setInterval(() => this.#tick(), TICK_MS);
    if (!this.#live) this.#tick();
    return this.#live!;
  }

  #tick(): void {
    const end = this.#closedAt ?? Date.now();
    const kg = this.bins.reduce((s, b) => s + b.kg, 0);
    const hours = Math.max((end - this.openedAt) / 3600_000, 1 / 60);
    const kgPerHour = Math.round(kg / hours);
    this.#live = {
      kg,
      bins: this.bins.length,
      minutesOpen: Math.round((end - this.openedAt) / 60_000),
      kgPerHour,
      behind: this.pickers.length > 0 && kgPerHour < TARGET_KG_PER_HOUR * this.pickers.length,
    };
  }

  addBin(bin: Bin): void {
    this.bins.push(bin);
    this.#live = null;
  }

  close(): RowLive {
    this.#closedAt = Date.now();
    clearInterval(this.#ticker);
    this.#ticker = undefined;
    this.#tick();
    return this.#live!;
  }

  get closed(): boolean {
    return this.#closedAt !== null;
  }
}
