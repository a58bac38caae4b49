import { findPermit, type Permit, REGISTERS } from "./register.ts";

const HIT_TTL_MS = 5_000;
const MISS_TTL_MS = 250;
const MAX_HITS = 64;

/** What a warden's handheld shows when no permit covers the plate. */
export interface NoPermit {
  plate: string;
  zone: string;
  permitted: false;
  searched: { register: string; at: string }[];
  message: string;
  expires: number;
}

/**
 * Permit lookups for the wardens' handhelds. Found permits are kept for a few seconds; plates
 * with no permit are remembered briefly too, so a warden re-scanning a car does not hit the
 * register again (it's slow at peak times).
 */
export class PermitLookup {
  #hits = new Map<string, { permit: Permit; expires: number }>();
  #misses = new Map<string, NoPermit>();

  async check(rawPlate: string, zone: string): Promise<Permit | NoPermit> {
    const plate = rawPlate.toUpperCase().replace(/[^A-Z0-9]/g, "");
    const key = `${plate}@${zone}`;
    const now = Date.now();

    const hit = this.#hits.get(key);
    if (hit && hit.expires > now) return hit.permit;
    const miss = this.#misses.get(key);
    if (miss) {
      if (miss.expires > now) return miss;
      this.#misses.delete(key);
    }

    const permit = await findPermit(plate, zone);
    if (permit) {
      this.#hits.delete(key);
      this.#hits.set(key, { permit, expires: now + HIT_TTL_MS });
      if (this.#hits.size > MAX_HITS) this.#hits.delete(this.#hits.keys().next().value!);
      return permit;
    }
    const at = new Date(now).toISOString();
    const noPermit: NoPermit = {
      plate,
      zone,
      permitted: false,
      searched: REGISTERS.map((register) => ({ register, at })),
      message:
        `No resident, business, visitor or carer permit found for ${plate} in zone ${zone}. ` +
        `Check for a blue badge or a pay-by-phone session before issuing a PCN.`,
      expires: now + MISS_TTL_MS,
    };
    this.#misses.set(key, noPermit);
    return noPermit;
  }

  stats() {
    return { hits: this.#hits.size, misses: this.#misses.size };
  }
}
