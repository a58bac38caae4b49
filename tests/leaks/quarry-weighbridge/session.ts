/** One truck on (or approaching) the bridge at a site, from first sight to its ticket. */
export class WeighSession {
  readonly plate: string;
  readonly openedAt = Date.now();
  haulier: string | null = null;
  product: string | null = null;
  gross: number | null = null;
  /** Load-cell readings per axle group, as the truck rolls on (kg). */
  readonly axles = new Map<number, number[]>();
  readonly alerts: string[] = [];
  lastSeenAt = this.openedAt;

  constructor(plate: string, readonly limits: { maxGross: number; maxAxle: number }) {
    this.plate = plate;
  }

  addReading(axle: number, kg: number): void {
    const readings = this.axles.get(axle) ?? [];
    readings.push(kg);
    if (readings.length > 8) readings.shift(); // the cell settles in a few samples
    this.axles.set(axle, readings);
    this.lastSeenAt = Date.now();
    if (kg > this.limits.maxAxle && !this.alerts.includes(`axle ${axle} over`)) {
      this.alerts.push(`axle ${axle} over`);
    }
  }

  /** Settled weight per axle: the median of its last readings. */
  axleWeights(): Record<number, number> {
    const out: Record<number, number> = {};
    for (const [axle, readings] of this.axles) {
      const sorted = [...readings].sort((a, b) => a - b);
      out[axle] = sorted[Math.floor(sorted.length / 2)];
    }
    return out;
  }

  overweight(): boolean {
    return this.gross !== null && this.gross > this.limits.maxGross;
  }
}
