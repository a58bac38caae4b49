/**
 * The Pattern A plan both prompts render: one investigate_leak call with the user's workload,
 * the verification with verify: true, the step tools as the fallback.
 */

import { renderPatternA } from "../../prompts/pattern_a.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("Pattern A plan: investigate_leak with the workload, verify, stats when given", () => {
  const own = renderPatternA({ port: "9230", workload: "POST /upload 100 times" });
  assertMatch(own, /The workload: POST \/upload 100 times\. Express it as investigate_leak's/);
  assertMatch(own, /investigate_leak with port 9230/);
  assertMatch(own, /verify: true/);
  assertMatch(own, /step by step: capture_snapshot "baseline"/);
  assert(!/get_stats/.test(own), "no stats step without a stats URL");
  const unknown = renderPatternA({ port: "9229", statsUrl: "http://127.0.0.1:8000/stats" });
  assertMatch(unknown, /Find out what makes it grow/);
  assertMatch(unknown, /get_stats http:\/\/127\.0\.0\.1:8000\/stats/);
  assert(!/8086|chat server is/.test(own + unknown), "nothing of scenario 6 in the general plan");
  assertEquals(own.split("\n").filter((l) => /^\d+\. /.test(l)).length, 6);
});
