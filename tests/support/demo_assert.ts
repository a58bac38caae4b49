/**
 * The assertions the demo tests use, from one place: the shared ones from `assert.ts` plus two
 * only the demo needs. JSR (`@std/assert`) is not reachable here, so these are small local
 * equivalents with readable failure messages.
 *
 * @module
 */

export { assert, assertEquals } from "./assert.ts";

/** `|actual - expected| <= tolerance`. */
export function assertAlmostEquals(actual: number, expected: number, tolerance: number): void {
  if (!(Math.abs(actual - expected) <= tolerance)) {
    throw new Error(`expected ${expected} ± ${tolerance}, got ${actual}`);
  }
}

/** `text` contains `part`. */
export function assertStringIncludes(text: string, part: string): void {
  if (!text.includes(part)) {
    throw new Error(`expected to find ${JSON.stringify(part)} in:\n${text.slice(0, 2000)}`);
  }
}
