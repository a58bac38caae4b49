import { type Audiogram, FREQUENCIES } from "./audiograms.ts";

export interface Band {
  hz: number;
  soft: number;
  moderate: number;
  loud: number;
  mpo: number;
}

/** Insertion gain targets for one ear and one hearing aid model. */
export class GainTable {
  readonly bands: Band[];
  readonly createdAt = Date.now();

  constructor(
    readonly audiogramId: string,
    readonly ear: string,
    readonly model: string,
    thresholds: number[],
  ) {
    const pta = (thresholds[1] + thresholds[2] + thresholds[3]) / 3;
    this.bands = FREQUENCIES.map((hz, n) => {
      const h = thresholds[n];
      // Half-gain rule with a slope correction, compressed for louder inputs.
      const moderate = Math.max(0, Math.round(0.46 * h + 0.15 * pta + (hz >= 2000 ? 2 : -3)));
      return {
        hz,
        soft: moderate + Math.round(h / 8),
        moderate,
        loud: Math.max(0, moderate - Math.round(h / 6)),
        mpo: Math.min(125, Math.round(95 + h * 0.25)),
      };
    });
  }

  get summary() {
    return `${this.model} ${this.ear}: ${this.bands.map((b) => b.moderate).join("/")} dB`;
  }
}

export function prescribe(audiogram: Audiogram, model: string): GainTable {
  return new GainTable(audiogram.id, audiogram.ear, model, audiogram.thresholds);
}
