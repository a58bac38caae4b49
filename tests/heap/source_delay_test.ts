/**
 * A timer's delay read from the program's source: constant arithmetic, a literal argument, a
 * module constant; anything computed at run time is unknown.
 */

import { constantArgument, constantValue } from "../../heap/analysis/source_delay.ts";
import { sourceLocation } from "../../heap/analysis/attribution.ts";
import { assertEquals } from "../support/assert.ts";

Deno.test("constant arithmetic is evaluated; anything else is unknown", () => {
  assertEquals(constantValue("15 * 60_000"), 900_000);
  assertEquals(constantValue("(2 + 3) * 1000 / 2"), 2500);
  assertEquals(constantValue("-5 + 10"), 5);
  assertEquals(constantValue("TIMEOUT * 2"), undefined);
  assertEquals(constantValue("Math.max(1, 2)"), undefined);
  assertEquals(constantValue("1 +"), undefined);
  assertEquals(constantValue("(1"), undefined);
});

Deno.test("a call's argument: a literal, a const of the file, or unknown", () => {
  const url = "file:///app/jobs.ts";
  const source = [
    "const JOB_DEADLINE_MS = 15 * 60_000;", // 1
    "let retryMs = 500;", // 2
    "export function start(job) {", // 3
    "  const deadline = AbortSignal.timeout(JOB_DEADLINE_MS);", // 4
    "  const quick = AbortSignal.timeout(5_000);", // 5
    "  const later = AbortSignal.timeout(retryMs);", // 6
    "  setTimeout(() => {", // 7
    "    job.check(1, 2);", // 8
    "  }, 30_000);", // 9
    "}", // 10
  ].join("\n");
  const sources: [string, string][] = [[url, source]];
  const at = (line: number) => ({ location: sourceLocation(url, line, 3), text: "" });
  assertEquals(constantArgument(sources, at(4), "AbortSignal.timeout", 0), 900_000);
  assertEquals(constantArgument(sources, at(5), "AbortSignal.timeout", 0), 5000);
  // `let` can change: not a constant.
  assertEquals(constantArgument(sources, at(6), "AbortSignal.timeout", 0), undefined);
  // Across lines, past the callback's own parentheses and commas.
  assertEquals(constantArgument(sources, at(7), "setTimeout", 1), 30_000);
});
