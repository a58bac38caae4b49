/** A resulted lab test as the LIS interface sends it. */
export interface LabResult {
  id: string;
  mrn: string;
  patientName: string;
  test: string;
  loinc: string;
  value: number;
  unit: string;
  referenceRange: string;
  flag: "N" | "L" | "H" | "critical";
  orderedBy: string;
  ward: string;
  lab: string;
  comment?: string;
  resultedAt: string;
  receivedAt: number;
}

/** Returns true when the result went into that subscriber's inbox. */
export type ResultHandler = (result: LabResult) => boolean;

/**
 * Fans incoming results out to whoever is signed in. Every open clinician session subscribes;
 * each decides for itself which results it wants (its own orders, critical values for its ward).
 */
export class ResultRouter {
  #subscribers = new Set<ResultHandler>();
  #published = 0;
  #delivered = 0;
  #undelivered = 0;

  subscribe(fn: ResultHandler): void {
    this.#subscribers.add(fn);
  }

  unsubscribe(fn: ResultHandler): void {
    this.#subscribers.delete(fn);
  }

  publish(result: LabResult): number {
    this.#published++;
    let delivered = 0;
    for (const fn of this.#subscribers) {
      try {
        if (fn(result)) delivered++;
      } catch (err) {
        console.error(`result ${result.id}: subscriber failed`, err);
      }
    }
    if (delivered === 0) this.#undelivered++;
    this.#delivered += delivered;
    return delivered;
  }

  stats() {
    return {
      published: this.#published,
      delivered: this.#delivered,
      undelivered: this.#undelivered,
    };
  }
}
