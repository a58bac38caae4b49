import type { ModelRegistry } from "./registry.ts";

export interface Customer {
  name: string;
  phone: string;
}

export interface RepairJob {
  id: string;
  customer: Customer;
  brand: string;
  model: string;
  imei: string;
  fault: string;
  part: string;
  quotePence: number;
  benchMinutes: number;
  state: "booked-in" | "repaired" | "collected";
  bookedInAt: string;
  repairedAt?: string;
}

const RECENT = 25;

export class Workshop {
  readonly open = new Map<string, RepairJob>();
  readonly collected: { id: string; model: string; pricePence: number; at: string }[] = [];
  takingsPence = 0;

  constructor(private readonly registry: ModelRegistry) {}

  /** Books a handset in under the number of the paper ticket stuck to it. */
  bookIn(
    id: string,
    input: Omit<RepairJob, "id" | "state" | "bookedInAt" | "quotePence" | "benchMinutes">,
  ) {
    if (this.open.has(id)) return { error: `ticket ${id} is already booked in` };
    const info = this.registry.register(input.brand, input.model, id);
    const part = info.parts.find((p) => p.kind === input.part);
    if (!part) return { error: `we don't stock a ${input.part} for the ${input.model}` };
    const job: RepairJob = {
      ...input,
      id,
      quotePence: part.pricePence,
      benchMinutes: part.benchMinutes,
      state: "booked-in",
      bookedInAt: new Date().toISOString(),
    };
    this.open.set(id, job);
    return { job };
  }

  markRepaired(id: string) {
    const job = this.open.get(id);
    if (!job || job.state !== "booked-in") return undefined;
    job.state = "repaired";
    job.repairedAt = new Date().toISOString();
    return job;
  }

  collect(id: string) {
    const job = this.open.get(id);
    if (!job || job.state !== "repaired") return undefined;
    job.state = "collected";
    this.open.delete(id);
    this.takingsPence += job.quotePence;
    this.collected.unshift({
      id,
      model: job.model,
      pricePence: job.quotePence,
      at: new Date().toISOString(),
    });
    if (this.collected.length > RECENT) this.collected.pop();
    return job;
  }
}
