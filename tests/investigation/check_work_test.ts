/**
 * What an investigation warns about its own workload: failed requests, and no 2xx answer at
 * all (a 429 says which limit to vary).
 */

import { checkWork, mergePhaseWarnings, type PhaseWork } from "../../investigation/investigate.ts";
import type { HttpWorkload } from "../../workloads/workload.ts";
import { assert, assertEquals } from "../support/assert.ts";

const http: HttpWorkload = {
  kind: "http",
  url: "http://127.0.0.1:8000/v1/tiles/1.png",
  count: 10,
  concurrency: 2,
  method: "GET",
  timeoutMs: 5000,
};
const work = (statusCounts: Record<string, number>, failed = 0): PhaseWork => ({
  units: 10,
  succeeded: 10 - failed,
  failed,
  elapsedMs: 5,
  statusCounts,
  errors: failed ? ["connection reset"] : [],
});

Deno.test("checkWork: no 2xx is a warning; a 429 says to vary the limit's key", () => {
  const warnings: string[] = [];
  checkWork(http, "measured", work({ "429": 10 }), warnings);
  assertEquals(warnings.length, 1);
  assert(warnings[0].includes("no request got a 2xx answer (429 ×10)"), warnings[0]);
  assert(warnings[0].includes("429 is a rate limit: vary what it is keyed by"), warnings[0]);
  const notFound: string[] = [];
  checkWork(http, "measured", work({ "404": 10 }), notFound);
  assert(!notFound[0].includes("rate limit"), notFound[0]);
  const fine: string[] = [];
  checkWork(http, "measured", work({ "200": 8 }, 2), fine);
  assertEquals(fine, ["measured: 2 of 10 requests failed (connection reset)"]);
});

Deno.test("checkWork: in a mix, an endpoint that got no 2xx while the others did is named", () => {
  const mix: HttpWorkload = {
    ...http,
    more: [{ url: "http://127.0.0.1:8000/v1/quotes", method: "POST" }],
  };
  const warnings: string[] = [];
  checkWork(mix, "measured", {
    ...work({ "200": 5, "404": 5 }),
    endpoints: [
      { method: "GET", url: http.url, statusCounts: { "200": 5 }, failed: 0 },
      {
        method: "POST",
        url: "http://127.0.0.1:8000/v1/quotes",
        statusCounts: { "404": 5 },
        failed: 0,
      },
    ],
  }, warnings);
  assertEquals(warnings, [
    "measured: POST http://127.0.0.1:8000/v1/quotes got no 2xx answer (404 ×5): if it was not " +
    "meant to fail, its code may not have run (check its URL, method and body), and what the " +
    "other requests made for it to finish stays behind: a suspect holding that is the " +
    "workload's doing until it succeeds; if it was meant to fail, its error path ran, a common " +
    "place for a leak",
  ]);
  // Both answered: nothing to say.
  const fine: string[] = [];
  checkWork(mix, "measured", {
    ...work({ "200": 5, "201": 5 }),
    endpoints: [
      { method: "GET", url: http.url, statusCounts: { "200": 5 }, failed: 0 },
      {
        method: "POST",
        url: "http://127.0.0.1:8000/v1/quotes",
        statusCounts: { "201": 5 },
        failed: 0,
      },
    ],
  }, fine);
  assertEquals(fine, []);
});

Deno.test("checkWork: a mix's failing endpoint is quoted from its own answers", () => {
  const mix: HttpWorkload = {
    ...http,
    more: [{ url: "http://127.0.0.1:8000/prices/BB-{i}", method: "GET" }],
  };
  const warnings: string[] = [];
  checkWork(mix, "measured", {
    ...work({ "200": 5, "404": 5 }),
    refusals: { "404": "unknown supplier" },
    endpoints: [
      { method: "GET", url: http.url, statusCounts: { "200": 5 }, failed: 0 },
      {
        method: "GET",
        url: "http://127.0.0.1:8000/prices/BB-{i}",
        statusCounts: { "404": 5 },
        failed: 0,
        refusals: { "404": "no price for that SKU" },
      },
    ],
  }, warnings);
  assert(warnings[0].includes("(404 ×5; the first 404 said: no price for that SKU)"), warnings[0]);
});

Deno.test("checkWork: a refusal's body says why", () => {
  const warnings: string[] = [];
  checkWork(http, "measured", {
    ...work({ "400": 10 }),
    refusals: { "400": '{"error":"postcode must be 4 digits and 2 letters"}' },
  }, warnings);
  assert(
    warnings[0].includes(
      '(400 ×10; the first 400 said: {"error":"postcode must be 4 digits and 2 letters"})',
    ),
    warnings[0],
  );
});

Deno.test("warnings several phases gave alike are one, with the phases named and the last figures", () => {
  assertEquals(
    mergePhaseWarnings([
      "warm-up: POST /tax got no 2xx answer (422 ×100)",
      "baseline snapshot: capturing grew the target's RSS",
      "workload: POST /tax got no 2xx answer (422 ×400)",
      "workload again: POST /tax got no 2xx answer (422 ×400)",
      "workload: 2 of 400 requests failed (reset)",
    ]),
    [
      "warm-up, workload, workload again: POST /tax got no 2xx answer (422 ×400)",
      "baseline snapshot: capturing grew the target's RSS",
      "workload: 2 of 400 requests failed (reset)",
    ],
  );
});
