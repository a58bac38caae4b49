/**
 * The Pattern B plan `investigate-slow-endpoint` renders: one profile_cpu call around the
 * user's endpoint, what to read in its answer, the fix checked with compare_cpu_profiles.
 */

import { investigateSlowEndpointMessages } from "../../prompts/investigate_slow_endpoint.ts";
import { promptEntries } from "../../prompts/mod.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

const textOf = (r: ReturnType<typeof investigateSlowEndpointMessages>) =>
  (r.messages[0].content as { text: string }).text;

Deno.test("Pattern B plan: profile_cpu with the endpoint, the event loop, the comparison", () => {
  const own = textOf(investigateSlowEndpointMessages({
    port: "9230",
    endpoint: "GET http://127.0.0.1:3000/report",
  }));
  assertMatch(own, /is slow on GET http:\/\/127\.0\.0\.1:3000\/report\./);
  assertMatch(own, /The slow part: GET http:\/\/127\.0\.0\.1:3000\/report\. Express it as/);
  assertMatch(own, /profile_cpu with port 9230/);
  assertMatch(own, /event loop's longest stretches/);
  assertMatch(own, /compare_cpu_profiles \{before: "<first id>", after: "<second id>"\}/);
  assertEquals(own.split("\n").filter((l) => /^\d+\. /.test(l)).length, 5);
  const unknown = textOf(investigateSlowEndpointMessages({}));
  assertMatch(unknown, /inspector on port 9229\) is slow\. /);
  assertMatch(unknown, /Find out what is slow/);
  assert(!/bookshop|tokenize|8087/.test(own + unknown), "nothing of scenario 2 in the plan");
});

Deno.test("the bundle's listing has investigate-slow-endpoint with its arguments as templates", () => {
  const entry = promptEntries().find((p) => p.name === "investigate-slow-endpoint");
  assertEquals(entry?.arguments, ["port", "endpoint"]);
  assertMatch(entry!.text, /profile_cpu with port \$\{arguments\.port\}/);
});
