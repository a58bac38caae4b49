/**
 * Display conditions per gallery: the strictest of what the lenders' agreements ask for the
 * objects on show there (relative humidity band, temperature, light).
 */
export class GalleryConditions {
  constructor(id, name) {
    this.id = id;
    this.name = name;
    this.limits = [];
    this.derivedAt = null;
  }

  /** Derives the limits again from the loans on show in this gallery. */
  derive(loans, now = new Date()) {
    const limits = [];
    for (const loan of loans) {
      const a = loan.agreement;
      limits.push({
        loan: loan.id,
        object: loan.object.number,
        rh: a.rh,
        tempC: a.tempC,
        lux: a.lux,
      });
    }
    this.limits = limits;
    this.derivedAt = now.toISOString();
    return this.summary();
  }

  summary() {
    if (this.limits.length === 0) {
      return { gallery: this.id, rh: [40, 60], tempC: [16, 24], lux: 200, objects: 0 };
    }
    return {
      gallery: this.id,
      rh: [
        Math.max(...this.limits.map((l) => l.rh[0])),
        Math.min(...this.limits.map((l) => l.rh[1])),
      ],
      tempC: [
        Math.max(...this.limits.map((l) => l.tempC[0])),
        Math.min(...this.limits.map((l) => l.tempC[1])),
      ],
      lux: Math.min(...this.limits.map((l) => l.lux)),
      objects: this.limits.length,
      derivedAt: this.derivedAt,
    };
  }
}

export const galleries = new Map(
  [["G1", "Hall of Honour"], ["G2", "Print Room"], ["G3", "Asian Pavilion"]].map((
    [id, name],
  ) => [id, new GalleryConditions(id, name)]),
);
