/**
 * `investigate_leak` in process, before anything reaches a target: each workload kind's
 * fields checked with a message that says what to pass, and `verify` with nothing to verify
 * against. (The investigation itself runs over stdio on real programs in tests/server/e2e and
 * tests/leaks/e2e.)
 */

import { investigateLeak, investigationText } from "../../tools/investigate_leak.ts";
import { compareSnapshotFiles } from "../../heap/mod.ts";
import { parseWorkload, toWorkload } from "../../tools/workload_shape.ts";
import { assert, assertEquals, assertMatch, assertThrows } from "../support/assert.ts";
import { FakeHost, runTool } from "../support/fake_host.ts";
import { unpackTestSnapshots, withTempDir } from "../support/testdata.ts";

Deno.test("investigate_leak: each kind's fields, named when missing or foreign", async () => {
  const host = new FakeHost();
  const run = (workload: Record<string, unknown>) => runTool(investigateLeak, { workload }, host);
  assertMatch(
    (await run({ kind: "http" })).text,
    /^workload: kind "http" needs a url\.\nNext step: Pass e\.g\. \{kind: "http"/,
  );
  assertMatch(
    (await run({ kind: "wait" })).text,
    /^workload: kind "wait" needs seconds/,
  );
  assertMatch(
    (await run({ kind: "chat", url: "ws://127.0.0.1:1/ws", count: 5 })).text,
    /^workload: count does not apply to kind "chat", which takes url, clients, messages\./,
  );
  assertMatch(
    (await run({ kind: "http", url: "http://127.0.0.1:1/x", method: "GET", body: "{}" })).text,
    /^workload\.body: a GET request cannot carry a body/,
  );
  assertMatch(
    (await run({ kind: "http", url: "http://10.1.2.3/x" })).text,
    /workload\.url: 10\.1\.2\.3 is not a loopback address/,
  );
  assertMatch((await runTool(investigateLeak, {}, host)).text, /^workload: say what makes/);
});

Deno.test("toWorkload: defaults per kind; a body means POST with a JSON content type", () => {
  const http = toWorkload(
    { kind: "http", url: "http://127.0.0.1:8000/q/{i}", body: '{"a":1}' },
    false,
  );
  assertEquals(http.kind === "http" && [http.method, http.count, http.headers], [
    "POST",
    200,
    { "content-type": "application/json" },
  ]);
  const mix = toWorkload({
    kind: "http",
    url: "http://127.0.0.1:8000/a/{i}",
    more: [{ url: "http://127.0.0.1:8000/b", body: "{}" }],
  }, false);
  assertEquals(mix.kind === "http" && mix.more, [
    {
      url: "http://127.0.0.1:8000/b",
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    },
  ]);
  assertThrows(
    () =>
      toWorkload({
        kind: "http",
        url: "http://127.0.0.1:8000/a",
        more: [{ url: "http://127.0.0.1:8000/b", method: "GET", body: "x" }],
      }, false),
    Error,
    "workload.more[0].body: a GET request cannot carry a body",
  );
  const chat = toWorkload({ kind: "chat", url: "ws://127.0.0.1:8086/ws" }, false);
  assertEquals(chat.kind === "chat" && [chat.clients, chat.messages], [100, 5]);
  assertThrows(
    () => toWorkload({ kind: "http", url: "http://127.0.0.1:{i}/" }, false),
    Error,
    "may stand only in the path or query",
  );
});

Deno.test("investigate_leak verify: nothing earlier to verify against says what to do", async () => {
  await withTempDir(async (dir) => {
    const host = new FakeHost({ snapshotDir: dir });
    const last = await runTool(investigateLeak, { verify: true }, host);
    assertMatch(
      last.text,
      /^verify: no earlier investigation in .*\nNext step: Run investigate_leak/,
    );
    const byId = await runTool(investigateLeak, { verify: "leak-20260101-000000" }, host);
    assertMatch(byId.text, /^verify: no investigation "leak-20260101-000000"/);
  });
});

Deno.test("parseWorkload (profile_cpu, catch_exceptions): a bad field is named, with investigate_leak's shape", () => {
  assertThrows(
    () => parseWorkload({ kind: "http", url: "http://127.0.0.1:8000/", count: 0 }),
    Error,
    "workload.count:",
  );
  assertThrows(() => parseWorkload({ kind: "http", colour: "red" }), Error, "workload:");
  assertEquals(parseWorkload({ kind: "wait", seconds: 5 }), { kind: "wait", seconds: 5 });
});

Deno.test("investigate_leak's text: what capturing cost the target comes after the findings", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["node-before", "node-after"]);
    const report = await compareSnapshotFiles({
      before: `${dir}/node-before.heapsnapshot`,
      after: `${dir}/node-after.heapsnapshot`,
    });
    const inv = investigation(report, { "200": 8, "502": 2 }, [
      "workload: 2 of 10 requests failed (reset)",
      "capturing after grew the target's RSS 50 MB → 150 MB (V8 builds snapshots inside the " +
      "target; not a leak)",
    ]);
    const text = investigationText(inv, undefined);
    assert(!text.includes("Inconclusive"), text);
    const findings = text.indexOf(report.suspects.length ? "Leak suspects" : "Leak suspects: none");
    assert(text.indexOf("Warning: workload: 2 of 10 requests failed") < findings, text);
    assert(text.indexOf("Note: capturing after grew the target's RSS") > findings, text);
    assert(!text.includes("Warning: capturing"), text);
  });
});

Deno.test("investigate_leak's text: a run whose requests all failed is inconclusive first, not a clean result", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["node-before"]);
    // The same snapshot twice: nothing grew.
    const report = await compareSnapshotFiles({
      before: `${dir}/node-before.heapsnapshot`,
      after: `${dir}/node-before.heapsnapshot`,
    });
    const inv = investigation(report, { "404": 10 }, [
      "measured: no request got a 2xx answer (404 ×10)",
    ]);
    const text = investigationText(inv, undefined);
    assert(text.startsWith("Inconclusive: no measured request got a 2xx answer"), text);
    assert(!/^No leak found over/m.test(text), text);
    assert(text.includes("No leak found in the code the failed requests ran"), text);
  });
});

Deno.test("investigate_leak's text: a clean result says it covers the paths the workload took", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["node-before"]);
    const report = await compareSnapshotFiles({
      before: `${dir}/node-before.heapsnapshot`,
      after: `${dir}/node-before.heapsnapshot`,
    });
    const clean = investigationText(investigation(report, { "200": 10 }, []), undefined);
    assert(/^No leak found\b/m.test(clean), clean);
    assert(clean.includes("This covers the code these requests ran."), clean);
    // Not when the requests failed (inconclusive says more), nor beside suspects.
    const failed = investigationText(investigation(report, { "404": 10 }, []), undefined);
    assert(!failed.includes("This covers the code these requests ran."), failed);
  });
});

Deno.test("investigate_leak's text: answers other than 2xx are counted, per endpoint, when an endpoint's differ", async () => {
  await withTempDir(async (dir) => {
    await unpackTestSnapshots(dir, ["node-before"]);
    const report = await compareSnapshotFiles({
      before: `${dir}/node-before.heapsnapshot`,
      after: `${dir}/node-before.heapsnapshot`,
    });
    const refused = investigation(report, { "201": 3, "409": 7 }, []);
    assert(
      investigationText(refused, undefined).includes("Answers while measuring: 409 ×7, 201 ×3."),
    );
    refused.work.measured.endpoints = [
      {
        method: "POST",
        url: "http://127.0.0.1:1/bookings",
        statusCounts: { "201": 3, "409": 2 },
        failed: 0,
      },
      {
        method: "GET",
        url: "http://127.0.0.1:1/courts/{i}",
        statusCounts: { "200": 5 },
        failed: 0,
      },
    ] as typeof refused.work.measured.endpoints;
    const mix = investigationText(refused, undefined);
    assert(
      mix.includes(
        "Answers while measuring: POST /bookings 201 ×3, 409 ×2; GET /courts/{i} 200 ×5.",
      ),
      mix,
    );
    // Each endpoint answered alike (one refused every time has its warning): nothing to add.
    refused.work.measured.endpoints![0].statusCounts = { "403": 5 };
    const alike = investigationText(refused, undefined);
    assert(!alike.includes("Answers while measuring"), alike);
    // All 2xx: nothing to say.
    const ok = investigationText(investigation(report, { "200": 10 }, []), undefined);
    assert(!ok.includes("Answers while measuring"), ok);
  });
});

/** An investigation of ten requests with `report`, their statuses and the warnings it gave. */
function investigation(
  report: Awaited<ReturnType<typeof compareSnapshotFiles>>,
  statusCounts: Record<string, number>,
  warnings: string[],
): Parameters<typeof investigationText>[0] {
  const run = { units: 10, succeeded: 10, failed: 0, elapsedMs: 100, errors: [], statusCounts };
  return {
    id: "leak-1",
    target: "Node 20 file:///app/server.mjs",
    workload: { kind: "http", url: "http://127.0.0.1:1/x", method: "GET", count: 10 },
    runs: 1,
    warmupRuns: 1,
    cycles: 10,
    unit: "request",
    work: { measured: run, again: run },
    snapshots: {},
    warnings,
    report,
    nextIndex: 21,
    elapsedMs: 1000,
  } as unknown as Parameters<typeof investigationText>[0];
}
