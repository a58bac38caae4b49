import { liftOf } from "./lifts.mjs";

export class InspectionError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

/** Inspections on site right now, for the dispatch board. */
export const openInspections = new Map();
const certificates = [];

let certificateNo = 4100;

export class Inspection {
  constructor({ id, lift, engineer, scheduledFor }) {
    if (!id || openInspections.has(id)) {
      throw new InspectionError("a new job reference is required");
    }
    const l = liftOf(lift);
    if (!l) throw new InspectionError(`lift ${lift} is not under contract`, 404);
    this.id = id;
    this.lift = l;
    this.engineer = engineer;
    this.scheduledFor = scheduledFor;
    this.startedAt = new Date().toISOString();
    this.findings = [];
    this.status = "open";
    openInspections.set(this.id, this);
  }

  get kind() {
    return "inspection";
  }

  addFinding({ item, category, remark }) {
    if (!["A", "B", "C"].includes(category)) throw new InspectionError("category is A, B or C");
    this.findings.push({ item, category, remark, at: new Date().toISOString() });
    return this.findings.length;
  }

  record(outcome) {
    this.status = "closed";
    this.closedAt = new Date().toISOString();
    this.outcome = outcome;
    this.lift.lastExamined = this.closedAt;
    this.lift.lastOutcome = outcome;
  }

  close() {
    const dangerous = this.findings.some((f) => f.category === "A");
    this.record(dangerous ? "taken out of service" : "safe to use");
    openInspections.delete(this.id);
    return this.summary();
  }

  summary() {
    return {
      id: this.id,
      kind: this.kind,
      lift: this.lift.id,
      site: this.lift.site,
      status: this.status,
      outcome: this.outcome ?? null,
      findings: this.findings.length,
    };
  }
}

/** Six-monthly thorough examination under LOLER. */
export class ThoroughExamination extends Inspection {
  get kind() {
    return "thorough examination";
  }

  close() {
    const summary = super.close();
    const next = new Date(Date.now() + 182 * 86_400_000);
    return { ...summary, nextDue: next.toISOString().slice(0, 10) };
  }
}

/** Tests before a new or modernised lift goes into service, with the overload test. */
export class AcceptanceTest extends Inspection {
  constructor(job) {
    super(job);
    this.loadTests = [];
  }

  get kind() {
    return "acceptance test";
  }

  addLoadTest({ loadPct, stoppedWithinMm, brakeHeld }) {
    this.loadTests.push({ loadPct, stoppedWithinMm, brakeHeld, at: new Date().toISOString() });
  }

  close() {
    const overload = this.loadTests.find((t) => t.loadPct >= 125);
    if (!overload) throw new InspectionError("the 125% load test has not been recorded");
    const passed = overload.brakeHeld && !this.findings.some((f) => f.category !== "C");
    this.record(passed ? "accepted into service" : "not accepted");
    if (!passed) return this.summary();
    this.certificate = {
      number: `AC-${++certificateNo}`,
      lift: this.lift.id,
      site: this.lift.site,
      ratedKg: this.lift.ratedKg,
      engineer: this.engineer,
      issued: this.closedAt,
    };
    certificates.unshift(this.certificate);
    if (certificates.length > 40) certificates.pop();
    return { ...this.summary(), certificate: this.certificate.number };
  }
}

export function recentCertificates() {
  return certificates.slice(0, 10);
}
