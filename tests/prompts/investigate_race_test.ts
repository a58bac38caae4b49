/**
 * The Pattern C plan: logpoints on the read and the write, concurrent load, the double-read
 * rule, exceptions, a short breakpoint, the fix verified — general, nothing of scenario 3.
 */

import { investigateRaceMessages, renderPatternC } from "../../prompts/investigate_race.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("Pattern C plan: the steps in order, with the user's port, symptom and endpoint", () => {
  const plan = renderPatternC({
    port: "9300",
    symptom: "carts lose items",
    endpoint: "POST http://127.0.0.1:8000/carts/7/items",
  });
  assertMatch(plan, /The symptom: carts lose items\. .* port 9300\./);
  assertMatch(plan, /POST http:\/\/127\.0\.0\.1:8000\/carts\/7\/items/);
  const steps = plan.split("\n").filter((l) => /^\d+\. /.test(l));
  assertEquals(steps.length, 7);
  for (
    const [i, tool] of [
      "search_source",
      "logpoints",
      "send_http_requests",
      "hits",
      "catch_exceptions",
      "paused_program",
      "remove",
    ].entries()
  ) {
    assert(steps[i].includes(tool), `step ${i + 1} uses ${tool}: ${steps[i]}`);
  }
  assertMatch(plan, /two reads of the same version before either write/);
  assertMatch(plan, /port: 9300/);
  assert(!/scenario|1001|reserveStock|addItem/.test(plan), "nothing of scenario 3");
});

Deno.test("investigate-race: defaults when the user gives nothing", () => {
  const r = investigateRaceMessages({});
  const text = (r.messages[0].content as { text: string }).text;
  assertMatch(text, /loses updates or crashes/);
  assertMatch(text, /port 9229/);
  assertMatch(text, /ask me if you cannot tell/);
});
