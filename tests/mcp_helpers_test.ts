/**
 * The small pure rules behind the tools: label sanitising, source references as findings print
 * them, loopback detection, root containment, stats flattening, and the prompt plan.
 */

import { assert, assertEquals, assertMatch } from "./support/assert.ts";
import { sanitizeLabel } from "../tools/snapshot_paths.ts";
import { parseSourceRef } from "../tools/read_source.ts";
import { isInside } from "../tools/allowed_paths.ts";
import { numericLeaves } from "../workloads/mod.ts";
import { ToolError } from "../tools/errors.ts";
import { isLoopbackHost } from "../net/mod.ts";
import { renderPatternA } from "../prompts/pattern_a.ts";

Deno.test("labels become safe file names; empty ones are refused with a hint", () => {
  assertEquals(sanitizeLabel("after 50 conns!"), "after-50-conns");
  assertEquals(sanitizeLabel("../../etc/passwd"), "etc-passwd");
  assertEquals(sanitizeLabel("baseline.heapsnapshot"), "baseline");
  assertEquals(sanitizeLabel(".hidden"), "hidden");
  assertEquals(sanitizeLabel("x".repeat(100)).length, 64);
  try {
    sanitizeLabel("/// ");
    throw new Error("should throw");
  } catch (e) {
    assert(e instanceof ToolError);
    assertMatch(e.hint, /e\.g\. "baseline"/);
  }
});

Deno.test("source refs: file:line[:col], file:// URLs, plain paths; remote URLs refused", () => {
  assertEquals(parseSourceRef("scenario-6/app.ts:57"), { path: "scenario-6/app.ts", line: 57 });
  assertEquals(parseSourceRef("file:///w/app.ts:57:3"), { path: "/w/app.ts", line: 57 });
  assertEquals(parseSourceRef("file:///w/app.ts"), { path: "/w/app.ts", line: undefined });
  assertEquals(parseSourceRef("/w/app.ts"), { path: "/w/app.ts", line: undefined });
  try {
    parseSourceRef("https://deno.land/x/a.ts:3");
    throw new Error("should throw");
  } catch (e) {
    assert(e instanceof ToolError, String(e));
    assertMatch(e.message, /remote URL/);
  }
});

Deno.test("loopback: localhost, 127/8, ::1 and mapped forms only", () => {
  for (const h of ["localhost", "127.0.0.1", "127.5.6.7", "::1", "[::1]", "::ffff:127.0.0.1"]) {
    assert(isLoopbackHost(h), h);
  }
  for (
    const h of ["10.0.0.1", "0.0.0.0", "example.com", "128.0.0.1", "localhost.example.com", "::"]
  ) {
    assert(!isLoopbackHost(h), h);
  }
});

Deno.test("root containment is by path segments, not string prefixes", () => {
  assert(isInside("/work/app", "/work/app"));
  assert(isInside("/work/app", "/work/app/src/a.ts"));
  assert(!isInside("/work/app", "/work/app2/a.ts"));
  assert(!isInside("/work/app", "/work/other"));
  assert(!isInside("/work/app", "/etc/passwd"));
});

Deno.test("stats: numeric leaves by dotted path; arrays count their length", () => {
  assertEquals(
    numericLeaves({ a: 1, b: { c: 2, d: "x" }, list: [1, 2, 3], ok: true }),
    { a: 1, "b.c": 2, "list.length": 3 },
  );
});

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
