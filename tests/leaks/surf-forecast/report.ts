import type { Spot, SwellReading } from "./spots.ts";

export type Units = "metric" | "imperial";

interface HourForecast {
  hour: string;
  face: string;
  rating: number;
  tide: string;
}

/**
 * A spot report being put together for one visitor. It follows the spot's swell while the tide
 * table is fetched, so the page shows the reading current when it is sent, not when it started.
 */
export class SpotReport {
  latest?: SwellReading;
  hours: HourForecast[] = [];

  constructor(readonly spot: Spot, readonly units: Units, readonly requestedBy: string) {
    spot.swell.subscribe(this, this.onSwell);
  }

  onSwell(reading: SwellReading): void {
    this.latest = reading;
  }

  buildHours(tides: string[]): void {
    const base = this.latest ?? { heightM: 1, periodS: 8, directionDeg: this.spot.facingDeg };
    this.hours = tides.map((tide, n) => {
      const height = base.heightM * (1 + 0.05 * n);
      const face = this.units === "metric"
        ? `${height.toFixed(1)} m`
        : `${(height * 3.281).toFixed(1)} ft`;
      const angle = Math.abs(base.directionDeg - this.spot.facingDeg);
      const rating = Math.max(1, Math.min(5, Math.round(base.periodS / 3 - angle / 30))) +
        (tide === this.spot.bestTide ? 1 : 0);
      return { hour: `${String(6 + n * 2).padStart(2, "0")}:00`, face, rating, tide };
    });
  }

  toJSON() {
    return {
      spot: this.spot.name,
      region: this.spot.region,
      units: this.units,
      now: this.latest,
      hours: this.hours,
    };
  }
}
