/**
 * The Pattern A plan both prompts render.
 */

import { renderPatternA } from "../../prompts/pattern_a.ts";
import { assertEquals, assertMatch } from "../support/assert.ts";

Deno.test("Pattern A plan: own workload vs simulator, stats URL when given", () => {
  const own = renderPatternA({ port: "9230", workload: "POST /upload 100 times" });
  assertMatch(own, /connect_inspector with port 9230/);
  assertMatch(
    own,
    /Trigger the leak: run the workload \(POST \/upload 100 times\): send_http_requests/,
  );
  assertMatch(own, /get_stats \(if the program has a JSON stats endpoint\)/);
  const sim = renderPatternA({
    port: "9229",
    workload: "simulate_connections",
    statsUrl: "http://localhost:8086/stats",
  });
  assertMatch(sim, /call simulate_connections/);
  assertMatch(sim, /get_stats with url "http:\/\/localhost:8086\/stats"/);
  assertEquals(sim.split("\n").filter((l) => /^\d+\. /.test(l)).length, 10);
});
