import { BoundedQueue } from "./bounded_queue.ts";

export interface PressEvent {
  at: string;
  press: string;
  kind: "cycle" | "alarm" | "changeover";
  cycleNo: number;
  temperatureC: number;
  pressureBar: number;
  operator: string;
  catalogue: string;
  note: string;
}

export class Press {
  /** Recent events for the floor dashboard (it takes them in batches). */
  readonly events = new BoundedQueue<PressEvent>(200);
  cycles = 0;
  alarms = 0;
  lastEventAt: string | null = null;
  currentCatalogue: string | null = null;

  constructor(readonly id: string, readonly model: string, readonly line: string) {}

  record(event: PressEvent): void {
    this.cycles = Math.max(this.cycles, event.cycleNo);
    if (event.kind === "alarm") this.alarms++;
    if (event.kind === "changeover") this.currentCatalogue = event.catalogue;
    this.lastEventAt = event.at;
    this.events.enqueue(event);
  }

  summary() {
    return {
      id: this.id,
      model: this.model,
      line: this.line,
      cycles: this.cycles,
      alarms: this.alarms,
      catalogue: this.currentCatalogue,
      lastEventAt: this.lastEventAt,
      buffered: this.events.size,
    };
  }
}

export const presses = new Map<string, Press>([
  ["P1", new Press("P1", "Toolex Alpha", "12-inch")],
  ["P2", new Press("P2", "Pheenix Alpha", "12-inch")],
  ["P3", new Press("P3", "WarmTone", "7-inch")],
]);
