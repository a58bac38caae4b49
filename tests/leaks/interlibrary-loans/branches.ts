import { idList, sleep } from "./util.ts";

export class LoanError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Copy {
  barcode: string;
  isbn: string;
  branch: string;
  state: "shelf" | "held" | "in-transit" | "on-loan";
  heldFor: string | null;
}

/** A branch's stock of the titles that circulate between branches (a fixed stock). */
export class Branch {
  readonly copies = new Map<string, Copy>();
  readonly #counts = { held: 0, released: 0, sent: 0, returned: 0 };

  constructor(readonly name: string, stock: Record<string, number>, readonly latencyMs: number) {
    for (const [isbn, count] of Object.entries(stock)) {
      for (let n = 1; n <= count; n++) {
        const barcode = `${name.slice(0, 3).toUpperCase()}${isbn.slice(-5)}${n}`;
        this.copies.set(barcode, { barcode, isbn, branch: name, state: "shelf", heldFor: null });
      }
    }
  }

  /** Puts a copy of the title aside for a request (the branch's system answers a few ms later). */
  async hold(isbn: string, requestRef: string): Promise<Copy> {
    const copy = [...this.copies.values()].find((c) => c.isbn === isbn && c.state === "shelf");
    if (!copy) throw new LoanError(409, `${this.name} has no copy of ${isbn} on the shelf`);
    copy.state = "held";
    copy.heldFor = requestRef;
    await sleep(this.latencyMs);
    this.#counts.held++;
    return copy;
  }

  /** Puts copies back on the shelf: one barcode, or several. */
  release(barcodes: string | Iterable<string>) {
    for (const barcode of idList(barcodes)) {
      const copy = this.copies.get(barcode);
      if (!copy || copy.state !== "held") continue;
      copy.state = "shelf";
      copy.heldFor = null;
      this.#counts.released++;
    }
  }

  send(barcode: string) {
    const copy = this.copies.get(barcode)!;
    copy.state = "on-loan";
    this.#counts.sent++;
  }

  receive(barcode: string) {
    const copy = this.copies.get(barcode)!;
    copy.state = "shelf";
    copy.heldFor = null;
    this.#counts.returned++;
  }

  view() {
    const states: Record<string, number> = {};
    for (const c of this.copies.values()) states[c.state] = (states[c.state] ?? 0) + 1;
    return { name: this.name, copies: this.copies.size, states, ...this.#counts };
  }
}
