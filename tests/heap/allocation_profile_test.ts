/**
 * `allocationSites` on sampling heap profiles the test builds: which program function is
 * charged, what the runtime allocated for it, callers, ranking, and the runtime's own share.
 */

import { assert, assertEquals } from "../support/assert.ts";
import {
  allocationSites,
  formatAllocationText,
  type SamplingHeapProfile,
  SourceResolver,
} from "../../heap/mod.ts";
import type { SamplingHeapProfileNode } from "../../heap/analysis/allocation_profile.ts";

let nextId = 1;

/** A call-tree node: `url` "" is a V8 builtin, `ext:`/`node:` the runtime's own code. */
function frame(
  functionName: string,
  url: string,
  line: number,
  selfSize: number,
  children: SamplingHeapProfileNode[] = [],
): SamplingHeapProfileNode {
  const scriptId = url === "" ? "0" : url.startsWith("file:") ? "11" : "22";
  return {
    callFrame: { functionName, scriptId, url, lineNumber: line, columnNumber: 4 },
    selfSize,
    id: nextId++,
    children,
  };
}

const APP = "file:///srv/app.js";
const TIMERS = "ext:deno_web/02_timers.js";

function profile(): SamplingHeapProfile {
  const setIntervalNode = frame("setInterval", TIMERS, 300, 6000);
  const pushNode = frame("push", "", 0, 1000);
  const onopen = frame("onopen", APP, 52, 2000, [setIntervalNode, frame("Set", "", 0, 1500)]);
  const handle = frame("handle", APP, 41, 500, [onopen, pushNode]);
  const head = frame("(root)", "", 0, 0, [
    frame("main", APP, 9, 0, [handle]),
    frame("(program)", "", 0, 700),
    frame("runMicrotasks", "ext:core/01_core.js", 10, 300),
  ]);
  return {
    head,
    samples: [
      { size: 200, nodeId: setIntervalNode.id, ordinal: 1 },
      { size: 200, nodeId: setIntervalNode.id, ordinal: 2 },
      { size: 64, nodeId: onopen.id, ordinal: 3 },
    ],
  };
}

Deno.test("allocation sites: each sample goes to the innermost program function, with what allocated for it", () => {
  const scripts = [{ scriptId: "11", url: APP }, { scriptId: "22", url: TIMERS }];
  const r = allocationSites(profile(), SourceResolver.fromScripts(scripts), {
    samplingInterval: 4096,
    durationMs: 1500,
  });
  assertEquals(r.totalBytes, 6000 + 1000 + 2000 + 1500 + 500 + 700 + 300);
  assertEquals(r.runtimeBytes, 700 + 300, "no program frame on the stack");
  assertEquals(r.programBytes, r.totalBytes - r.runtimeBytes);
  const rows = r.sites.map((s) => `${s.functionName}@${s.location.line} via ${s.via ?? "-"}`);
  // Ranked by bytes; the same function is one site per runtime callee.
  assertEquals(rows, [
    "onopen@53 via setInterval",
    "onopen@53 via -",
    "onopen@53 via Set",
    "handle@42 via push",
    "handle@42 via -",
  ]);
  const timer = r.sites[0];
  assertEquals(timer.bytes, 6000);
  assertEquals(timer.samples, 2);
  assertEquals(timer.location.display, "/srv/app.js:53");
  assertEquals(timer.callers, ["handle /srv/app.js:42", "main /srv/app.js:10"]);
  assertEquals(r.sites[1].samples, 1);

  const top2 = allocationSites(profile(), SourceResolver.fromScripts(scripts), {
    samplingInterval: 4096,
    top: 2,
  });
  assertEquals(top2.sites.length, 2);
  assertEquals(top2.totalBytes, r.totalBytes, "top limits the list, not the totals");

  const text = formatAllocationText(r);
  assert(text.includes("over 1.5 s"), text);
  assert(text.includes("onopen /srv/app.js:53 via setInterval  (2 samples)"), text);
  assert(text.includes("called from handle /srv/app.js:42 ← main /srv/app.js:10"), text);
  assert(text.includes("no program function on the stack: 1000 B"), text);
});

Deno.test("allocation sites: an empty profile says why it is empty", () => {
  const empty: SamplingHeapProfile = { head: frame("(root)", "", 0, 0), samples: [] };
  const r = allocationSites(empty, SourceResolver.fromScripts([]), { samplingInterval: 8192 });
  assertEquals(r.totalBytes, 0);
  assertEquals(r.sites, []);
  assert(r.notes.some((n) => n.includes("no sampled allocation survived")), r.notes.join("; "));
});
