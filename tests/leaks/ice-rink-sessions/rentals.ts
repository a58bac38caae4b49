/** The skate rental desk: requests wait per size, first come first served. */

export interface RentalRequest {
  id: string;
  size: number;
  booking: string;
  requestedAt: number;
}

const SIZES = new Set([28, 30, 32, 34, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47]);

class RentalQueue {
  #waiting: RentalRequest[] = [];
  #handedOut = 0;

  add(req: RentalRequest): void {
    this.#waiting.push(req);
  }

  /** Takes the longest-waiting request for this size off the queue. */
  next(size: number): RentalRequest | undefined {
    const at = this.#waiting.findIndex((r) => r.size === size);
    if (at === -1) return undefined;
    const [req] = this.#waiting.splice(at, 1);
    this.#handedOut++;
    return req;
  }

  stats() {
    return { waiting: this.#waiting.length, handedOut: this.#handedOut };
  }
}

export const rentalDesk = new RentalQueue();

export function validSize(size: unknown): size is number {
  return typeof size === "number" && SIZES.has(size);
}
