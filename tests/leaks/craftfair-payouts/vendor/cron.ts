// Minimal five-field cron expressions (minute hour day-of-month month day-of-week), enough for
// the jobs this service schedules. Supports "*", "*/n", "a-b", "a,b,c" and plain numbers.

const FIELDS: [min: number, max: number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 6]];

function parseField(text: string, [min, max]: [number, number]): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(",")) {
    const [range, stepText] = part.split("/");
    const step = stepText ? Number(stepText) : 1;
    let from = min;
    let to = max;
    if (range !== "*") {
      const [a, b] = range.split("-").map(Number);
      from = a;
      to = b ?? (stepText ? max : a);
    }
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < min || to > max || step < 1) {
      throw new Error(`bad cron field "${text}"`);
    }
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

export class CronExpression {
  readonly source: string;
  #fields: Set<number>[];

  constructor(source: string) {
    const parts = source.trim().split(/\s+/);
    if (parts.length !== 5) throw new Error(`cron needs 5 fields: "${source}"`);
    this.source = source;
    this.#fields = parts.map((p, i) => parseField(p, FIELDS[i]));
  }

  matches(d: Date): boolean {
    const [min, hour, dom, month, dow] = this.#fields;
    return min.has(d.getUTCMinutes()) && hour.has(d.getUTCHours()) &&
      dom.has(d.getUTCDate()) && month.has(d.getUTCMonth() + 1) && dow.has(d.getUTCDay());
  }

  /** The first whole minute after `from` that matches (UTC), within a year. */
  next(from: Date = new Date()): Date | null {
    const d = new Date(from.getTime());
    d.setUTCSeconds(0, 0);
    d.setUTCMinutes(d.getUTCMinutes() + 1);
    for (let i = 0; i < 366 * 24 * 60; i++) {
      if (this.matches(d)) return d;
      d.setUTCMinutes(d.getUTCMinutes() + 1);
    }
    return null;
  }
}
