import type { LabResult, ResultHandler } from "./router.ts";

const MAX_INBOX = 25;

/** A clinician signed in to the results inbox (one per device). */
export class ClinicianSession {
  readonly inbox: LabResult[] = [];
  readonly openedAt = Date.now();
  unread = 0;
  acknowledged = 0;

  constructor(
    readonly id: string,
    readonly clinician: string,
    readonly displayName: string,
    readonly ward: string,
    readonly device: string,
  ) {}

  /** What the router calls for each new result. */
  get onResult(): ResultHandler {
    return (result) => {
      const mine = result.orderedBy === this.clinician;
      const wardCritical = result.flag === "critical" && result.ward === this.ward;
      if (!mine && !wardCritical) return false;
      this.inbox.unshift(result);
      if (this.inbox.length > MAX_INBOX) this.inbox.length = MAX_INBOX;
      this.unread++;
      return true;
    };
  }

  acknowledge(resultId: string): boolean {
    const hit = this.inbox.find((r) => r.id === resultId);
    if (!hit) return false;
    this.acknowledged++;
    this.unread = Math.max(0, this.unread - 1);
    return true;
  }

  view(limit: number) {
    return {
      session: this.id,
      clinician: this.clinician,
      unread: this.unread,
      results: this.inbox.slice(0, limit).map((r) => ({
        id: r.id,
        mrn: r.mrn,
        patient: r.patientName,
        test: r.test,
        value: `${r.value} ${r.unit}`,
        range: r.referenceRange,
        flag: r.flag,
        resultedAt: r.resultedAt,
      })),
    };
  }
}
