/** The inspection aggregate (Work at Height Regulations, schedule 7 report). */
import type { Recorded } from "./events.ts";

export class InspectionError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Finding {
  item: string;
  ok: boolean;
  note?: string;
}

export type Result = "safe" | "safe-with-actions" | "unsafe";

export abstract class EventSourced {
  version = 0;
  readonly changes: { type: string; data: unknown }[] = [];

  protected abstract apply(type: string, data: unknown): void;

  replay(history: readonly Recorded[]) {
    for (const e of history) {
      this.apply(e.type, e.data);
      this.version = e.version;
    }
    return this;
  }

  protected record(type: string, data: unknown) {
    this.apply(type, data);
    this.changes.push({ type, data });
  }
}

export class Inspection extends EventSourced {
  id = "";
  scaffold = "";
  site = "";
  inspector = "";
  findings: Finding[] = [];
  result?: Result;
  status: "new" | "in-progress" | "signed-off" = "new";

  static stream(id: string) {
    return `inspection-${id}`;
  }

  start(d: { id: string; scaffold: string; site: string; inspector: string }) {
    if (this.status !== "new") throw new InspectionError(409, `${d.id} already started`);
    this.record("InspectionStarted", d);
  }

  note(findings: Finding[]) {
    if (this.status !== "in-progress") {
      throw new InspectionError(409, `${this.id} is ${this.status}`);
    }
    this.record("FindingsRecorded", { findings });
  }

  signOff(result: Result, tag: string) {
    if (this.status !== "in-progress") {
      throw new InspectionError(409, `${this.id} is ${this.status}`);
    }
    const failed = this.findings.filter((f) => !f.ok);
    if (result === "safe" && failed.length) {
      throw new InspectionError(422, `${failed.length} failed item(s): cannot sign off as safe`);
    }
    this.record("InspectionSignedOff", {
      id: this.id,
      scaffold: this.scaffold,
      result,
      tag,
      inspector: this.inspector,
      actions: failed.map((f) => `${f.item}: ${f.note ?? "remedy"}`),
    });
  }

  protected apply(type: string, data: unknown) {
    if (type === "InspectionStarted") {
      Object.assign(this, data as object);
      this.status = "in-progress";
    } else if (type === "FindingsRecorded") {
      this.findings = (data as { findings: Finding[] }).findings;
    } else if (type === "InspectionSignedOff") {
      this.result = (data as { result: Result }).result;
      this.status = "signed-off";
    }
  }
}
