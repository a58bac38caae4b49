import type { History } from "./history.ts";

export class DeskError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

type Fades = { fadeUp: number; fadeDown: number };
export type Cue = Fades & { number: string; label: string; levels: Record<string, number> };
export type GoEntry = { cue: string; at: number; operator: string };

const GO_LOG_SIZE = 64;

export class Show {
  cues: Cue[] = [];
  version = 0;
  private goLog: (GoEntry | undefined)[] = new Array(GO_LOG_SIZE);
  private goCount = 0;

  constructor(readonly id: string, readonly title: string) {}

  find(number: string): Cue {
    const cue = this.cues.find((c) => c.number === number);
    if (!cue) throw new DeskError(404, `no cue ${number} in ${this.id}`);
    return cue;
  }

  private insert(cue: Cue) {
    this.cues.push(cue);
    this.cues.sort((a, b) => Number(a.number) - Number(b.number));
    this.version++;
  }

  private remove(cue: Cue) {
    this.cues = this.cues.filter((c) => c !== cue);
    this.version++;
  }

  addCue(history: History, cue: Cue) {
    if (this.cues.some((c) => c.number === cue.number)) {
      throw new DeskError(409, `cue ${cue.number} exists`);
    }
    history.run({
      label: `record Q${cue.number}`,
      apply: () => this.insert(cue),
      revert: () => this.remove(cue),
    });
  }

  updateCue(history: History, number: string, changes: Partial<Cue>) {
    const cue = this.find(number);
    const before = { ...cue };
    const set = (values: Partial<Cue>) => () => {
      Object.assign(cue, values, { number: cue.number });
      this.version++;
    };
    history.run({ label: `update Q${number}`, apply: set(changes), revert: set(before) });
  }

  deleteCue(history: History, number: string) {
    const cue = this.find(number);
    history.run({
      label: `delete Q${number}`,
      apply: () => this.remove(cue),
      revert: () => this.insert(cue),
    });
  }

  go(number: string, operator: string): GoEntry {
    this.find(number);
    const entry = { cue: number, at: Date.now(), operator };
    this.goLog[this.goCount++ % GO_LOG_SIZE] = entry;
    return entry;
  }

  recentGos(n: number): GoEntry[] {
    const from = Math.max(0, this.goCount - n);
    return Array.from(
      { length: this.goCount - from },
      (_, k) => this.goLog[(from + k) % GO_LOG_SIZE]!,
    );
  }
}

export const shows = new Map<string, Show>([
  ["hamlet", new Show("hamlet", "Hamlet (Studio)")],
]);
