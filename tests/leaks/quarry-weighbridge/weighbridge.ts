import { WeighSession } from "./session.ts";

export interface Site {
  id: string;
  name: string;
  limits: { maxGross: number; maxAxle: number };
}

export const SITES: Record<string, Site> = {
  "north-pit": {
    id: "north-pit",
    name: "Hollins North Pit",
    limits: { maxGross: 44000, maxAxle: 11500 },
  },
  "lime-works": {
    id: "lime-works",
    name: "Hollins Lime Works",
    limits: { maxGross: 32000, maxAxle: 10500 },
  },
};

/**
 * Trucks currently at each site's bridge. A session starts with whatever sees the truck first:
 * the ANPR camera and load cells stream readings as it drives on, often before the operator has
 * booked it in, so lookups create the session on demand.
 */
export class Weighbridge {
  #sites = new Map<string, Map<string, WeighSession>>();

  session(siteId: string, plate: string): WeighSession {
    const site = SITES[siteId];
    let bySite = this.#sites.get(siteId);
    if (!bySite) {
      bySite = new Map();
      this.#sites.set(siteId, bySite);
    }
    let session = bySite.get(plate);
    if (!session) {
      session = new WeighSession(plate, { ...site.limits });
      bySite.set(plate, session);
    }
    return session;
  }

  find(siteId: string, plate: string): WeighSession | undefined {
    return this.#sites.get(siteId)?.get(plate);
  }

  /** The truck has its ticket and is off the bridge. */
  close(siteId: string, plate: string): void {
    const bySite = this.#sites.get(siteId);
    if (!bySite) return;
    bySite.delete(plate);
    if (bySite.size === 0) this.#sites.delete(siteId);
  }

  onBridge(siteId: string): number {
    return this.#sites.get(siteId)?.size ?? 0;
  }
}

export const weighbridge = new Weighbridge();
