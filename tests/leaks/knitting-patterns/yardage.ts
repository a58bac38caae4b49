import type { Pattern } from "./catalog.ts";

const PER_PATTERN = 32;

/**
 * Yarn needed for a size at the knitter's own gauge (a tighter gauge needs more yarn), with a
 * 10 % allowance, in metres and in 100 g skeins. Memoised per pattern under "size|gauge",
 * at most PER_PATTERN answers a pattern (oldest dropped).
 */
const memo = new Map<string, Map<string, Estimate>>();

export interface Estimate {
  size: string;
  gauge: number;
  metres: number;
  skeins: number;
}

const METRES_PER_SKEIN = { "4ply": 400, dk: 225, aran: 180, chunky: 100 };

export function estimate(pattern: Pattern, size: string, gauge: number): Estimate | undefined {
  const base = pattern.metres[size];
  if (base === undefined || !(gauge > 5 && gauge < 50)) return undefined;
  const rounded = Math.round(gauge * 2) / 2;
  const key = `${size}|${rounded}`;
  let answers = memo.get(pattern.slug);
  if (!answers) memo.set(pattern.slug, answers = new Map());
  const hit = answers.get(key);
  if (hit) return hit;
  const metres = Math.ceil(base * (rounded / pattern.gauge) * 1.1);
  const result = {
    size,
    gauge: rounded,
    metres,
    skeins: Math.ceil(metres / METRES_PER_SKEIN[pattern.yarnWeight]),
  };
  answers.set(key, result);
  if (answers.size > PER_PATTERN) answers.delete(answers.keys().next().value!);
  return result;
}
