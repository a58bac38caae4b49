export interface Presence {
  sheet: string;
  teacher: string;
  question: number | null;
  lastSeen: number;
}

const IDLE_MS = 1_000;
const SWEEP_MS = 250;

/** Who has a sheet open; a tab that stops sending heartbeats drops out after a second. */
export class PresenceBoard {
  #bySheet = new Map<string, Map<string, Presence>>();
  #timer: ReturnType<typeof setInterval>;

  constructor() {
    this.#timer = setInterval(() => this.sweep(Date.now()), SWEEP_MS);
  }

  heartbeat(sheet: string, teacher: string, question: number | null) {
    let here = this.#bySheet.get(sheet);
    if (!here) {
      here = new Map();
      this.#bySheet.set(sheet, here);
    }
    const p = here.get(teacher);
    if (p) {
      p.question = question;
      p.lastSeen = Date.now();
    } else {
      here.set(teacher, { sheet, teacher, question, lastSeen: Date.now() });
    }
  }

  leave(sheet: string, teacher: string) {
    const here = this.#bySheet.get(sheet);
    if (!here) return;
    here.delete(teacher);
    if (here.size === 0) this.#bySheet.delete(sheet);
  }

  who(sheet: string): Presence[] {
    return [...(this.#bySheet.get(sheet)?.values() ?? [])];
  }

  sweep(now: number) {
    for (const [sheet, here] of this.#bySheet) {
      for (const [teacher, p] of here) {
        if (now - p.lastSeen > IDLE_MS) here.delete(teacher);
      }
      if (here.size === 0) this.#bySheet.delete(sheet);
    }
  }

  stop() {
    clearInterval(this.#timer);
  }
}
