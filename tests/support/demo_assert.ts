/**
 * The assertions the demo tests use, re-exported from one place. JSR (`@std/assert`) is not
 * reachable here, so these are small local equivalents with readable failure messages.
 *
 * @module
 */

/** Fails with `message` unless `condition` holds. */
export function assert(condition: unknown, message = "assertion failed"): asserts condition {
  if (!condition) throw new Error(message);
}

/** Deep equality by JSON form (enough for the plain data the demo handles). */
export function assertEquals<T>(actual: T, expected: T, message?: string): void {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message ?? "values differ"}\n  actual:   ${a}\n  expected: ${e}`);
}

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
