import { priorityOf, type Ward, wardAt } from "./wards.ts";

export interface Reporter {
  name: string;
  email: string;
}

export interface Report {
  ref: string;
  lat: number;
  lon: number;
  street: string;
  ward: Ward;
  depthCm: number;
  widthCm: number;
  onBusRoute: boolean;
  priority: { level: string; fixWithinHours: number };
  reporter: Reporter;
  description: string;
  reportedAt: number;
  fixedAt?: number;
  fixedBy?: string;
}

export interface ReportInput {
  ref: string;
  lat: number;
  lon: number;
  street: string;
  depthCm: number;
  widthCm: number;
  onBusRoute?: boolean;
  reporter: Reporter;
  description?: string;
}

export interface FeedEvent {
  type: "reported" | "fixed";
  ref: string;
  ward: string;
  crew: string;
  street: string;
  priority: string;
  at: number;
}

const RECENT_FIXES = 30;

/** Open defects by reference; a fixed one goes to a short list for the public map. */
export class ReportStore {
  #open = new Map<string, Report>();
  #recentFixes: { ref: string; street: string; hours: number }[] = [];
  #fixed = 0;

  add(input: ReportInput): Report {
    const ward = wardAt(input.lat, input.lon);
    if (!ward) throw new RangeError("outside the council's area");
    if (this.#open.has(input.ref)) throw new Error(`report ${input.ref} exists`);
    const report: Report = {
      ref: input.ref,
      lat: input.lat,
      lon: input.lon,
      street: input.street,
      ward,
      depthCm: input.depthCm,
      widthCm: input.widthCm,
      onBusRoute: input.onBusRoute ?? false,
      priority: priorityOf(input.depthCm, input.widthCm, input.onBusRoute ?? false),
      reporter: { ...input.reporter },
      description: input.description ?? "",
      reportedAt: Date.now(),
    };
    this.#open.set(report.ref, report);
    return report;
  }

  get(ref: string) {
    return this.#open.get(ref);
  }

  fix(ref: string, crew: string) {
    const report = this.#open.get(ref);
    if (!report) return undefined;
    report.fixedAt = Date.now();
    report.fixedBy = crew;
    this.#open.delete(ref);
    this.#fixed++;
    this.#recentFixes.unshift({
      ref,
      street: report.street,
      hours: (report.fixedAt - report.reportedAt) / 3_600_000,
    });
    if (this.#recentFixes.length > RECENT_FIXES) this.#recentFixes.pop();
    return report;
  }

  wardSummary(code: string) {
    const open = [...this.#open.values()].filter((r) => r.ward.code === code);
    const byPriority: Record<string, number> = {};
    for (const r of open) byPriority[r.priority.level] = (byPriority[r.priority.level] ?? 0) + 1;
    return {
      ward: code,
      open: open.length,
      byPriority,
      recentFixes: this.#recentFixes.slice(0, 5),
    };
  }

  stats() {
    return { open: this.#open.size, fixed: this.#fixed };
  }
}

export function eventOf(type: FeedEvent["type"], report: Report): FeedEvent {
  return {
    type,
    ref: report.ref,
    ward: report.ward.code,
    crew: report.ward.crew,
    street: report.street,
    priority: report.priority.level,
    at: Date.now(),
  };
}
