export interface Flag {
  key: string;
  rolloutPercent: number;
  countries?: string[];
}

interface Evaluation {
  flag: string;
  on: boolean;
  reason: { kind: "COUNTRY" | "ROLLOUT" | "OFF" };
}

function bucket(key: string, userId: string) {
  let h = 0x811c9dc5;
  for (const ch of `${key}.${userId}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return (h >>> 0) % 100;
}

export class Flags {
  #evaluations = new Map<string, Evaluation>();

  constructor(private readonly flags: Map<string, Flag>, private readonly maxCached = 256) {}

  isOn(key: string, userId: string, country: string): boolean {
    const cacheKey = `${key}:${userId}`;
    const hit = this.#evaluations.get(cacheKey);
    if (hit) return hit.on;
    const flag = this.flags.get(key);
    let evaluation: Evaluation;
    if (!flag) evaluation = { flag: key, on: false, reason: { kind: "OFF" } };
    else if (flag.countries?.includes(country)) {
      evaluation = { flag: key, on: true, reason: { kind: "COUNTRY" } };
    } else {
      const on = bucket(key, userId) < flag.rolloutPercent;
      evaluation = { flag: key, on, reason: { kind: on ? "ROLLOUT" : "OFF" } };
    }
    this.#evaluations.set(cacheKey, evaluation);
    if (this.#evaluations.size > this.maxCached) {
      this.#evaluations.delete(this.#evaluations.keys().next().value!);
    }
    return evaluation.on;
  }
}
