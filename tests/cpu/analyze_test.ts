/**
 * The CPU engine on small profiles written here (V8's shape) over a real source file: a hot
 * line that calls another function is marked and explained (V8 counts an inlined callee at its
 * call), a line of a function V8 inlined is named after it, and the event loop's busy stretch
 * is found with the function on top. The profiles are made up; the analysis is the real one.
 */

import {
  analyzeCpuProfile,
  compareCpuProfiles,
  type CpuProfile,
  formatCpuComparisonText,
  formatCpuText,
} from "../../cpu/mod.ts";
import { assert, assertEquals, assertMatch } from "../support/assert.ts";

const SOURCE = [
  "function score(b, q) {",
  "  return b.includes(q) ? 1 : 0;",
  "}",
  "function search(q) {",
  "  let n = 0;",
  "  for (const b of books) n += score(b, q);",
  "  return n;",
  "}",
  "function handle(q) {",
  "  return respond(search(q));",
  "}",
  "function respond(x) { return x; }",
  "function idleLoop() {",
  "  let k = 0; while (k < 10) k++;",
  "}",
].join("\n");

/** A profile of `SOURCE` at `url`; `handleLine` is where handle's own samples land. */
function profileOf(url: string, handleLine: number): CpuProfile {
  const frame = (functionName: string, lineNumber: number) => ({
    functionName,
    scriptId: "7",
    url: functionName.startsWith("(") ? "" : url,
    lineNumber,
    columnNumber: 0,
  });
  return {
    nodes: [
      { id: 1, callFrame: frame("(root)", -1), children: [2, 5, 7] },
      {
        id: 2,
        callFrame: frame("handle", 8),
        children: [3, 6],
        hitCount: 8,
        positionTicks: [{ line: handleLine, ticks: 8 }],
      },
      {
        id: 3,
        callFrame: frame("search", 3),
        children: [4],
        hitCount: 3,
        // Line 2 is score's: V8 inlined score into search.
        positionTicks: [{ line: 6, ticks: 1 }, { line: 2, ticks: 2 }],
      },
      { id: 4, callFrame: frame("score", 0), hitCount: 1, positionTicks: [{ line: 2, ticks: 1 }] },
      { id: 5, callFrame: frame("(idle)", -1), hitCount: 2 },
      { id: 6, callFrame: frame("respond", 11), hitCount: 1 },
      { id: 7, callFrame: frame("idleLoop", 12), hitCount: 0 },
    ],
    startTime: 0,
    endTime: 16_000,
    // idle, then one task of 13 samples (handle, search, score, respond), then idle.
    samples: [5, 2, 2, 2, 2, 3, 2, 2, 2, 2, 3, 3, 4, 6, 5],
    timeDeltas: Array(15).fill(1000),
  };
}

async function withSource<T>(work: (url: string) => Promise<T>): Promise<T> {
  const dir = await Deno.makeTempDir();
  try {
    const path = `${dir}/app.js`;
    await Deno.writeTextFile(path, SOURCE);
    return await work(`file://${path}`);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

Deno.test("a hot line that calls a function: marked, and the note says the callee's time is there", () =>
  withSource(async (url) => {
    const r = await analyzeCpuProfile(profileOf(url, 10));
    const handle = r.bySelf[0];
    assertEquals(handle.name, "handle");
    assertEquals(handle.lines?.[0].location.line, 10);
    // search has more samples than respond: named first.
    assertEquals(handle.lines?.[0].calls, ["search", "respond"]);
    const note = r.notes.find((n) => n.includes("a call to search"));
    assert(note, r.notes.join("\n"));
    assertMatch(note!, /^handle spends 100% of its own time on .*app\.js:10, a call to search/);
    const text = formatCpuText(r);
    // A call path names each file once while it stays the same.
    assertMatch(text, /\n +7\.7% {2}handle \S+app\.js:9 → search :4 → score :1\n/);
    assertMatch(
      text,
      /app\.js:10 {2}100\.0% {2}\(calls search, respond; [^)]*\) {2}return respond/,
    );
  }));

Deno.test("a hot line that calls nothing known gets no call mark and no note", () =>
  withSource(async (url) => {
    const r = await analyzeCpuProfile(profileOf(url, 14));
    assertEquals(r.bySelf[0].lines?.[0].calls, undefined);
    assert(!r.notes.some((n) => n.includes("a call to")), r.notes.join("\n"));
  }));

Deno.test("a line above a function's start is named after the function V8 inlined", () =>
  withSource(async (url) => {
    const r = await analyzeCpuProfile(profileOf(url, 10));
    const search = r.bySelf.find((f) => f.name === "search")!;
    const inlined = search.lines?.find((l) => l.location.line === 2);
    assertEquals(inlined?.inlinedFrom, "score");
    assertEquals(search.lines?.find((l) => l.location.line === 6)?.inlinedFrom, undefined);
    assertMatch(formatCpuText(r), /app\.js:2 {2}66\.7% {2}\(in score, inlined\)/);
  }));

Deno.test("the event loop's busy stretch: its length, its entry and the function on top", () =>
  withSource(async (url) => {
    const r = await analyzeCpuProfile(profileOf(url, 10));
    assertEquals(r.eventLoop?.stretches, 1);
    assertEquals(r.eventLoop?.over50ms, 0);
    const s = r.eventLoop!.longest[0];
    assertEquals([s.startMs, s.durationMs, s.samples], [2, 13, 13]);
    assertMatch(s.entry, /^handle .*app\.js:9$/);
    assertMatch(s.top, /^handle /);
    assertEquals(s.topShare, Math.round((8 / 13) * 1e4) / 1e4);
    assertMatch(formatCpuText(r), /Event loop: 1 busy stretch .*\n +13 ms at \+2 ms {2}in handle/);
  }));

Deno.test("compare: time V8 counted in a caller is shown beside the callee's row, and said why", () =>
  withSource(async (url) => {
    // Before, handle's own samples sit on its call to search (search compiled into handle);
    // after, on a line of its own.
    const c = await compareCpuProfiles(
      { name: "before", profile: profileOf(url, 10) },
      { name: "after", profile: profileOf(url, 14) },
    );
    const search = c.functions.find((f) => f.name === "search")!;
    assertEquals(search.before?.countedIn, [{ caller: "handle", ms: 8 }]);
    assertEquals(search.after?.countedIn, undefined);
    // score's lines inlined into search are counted in search on both sides.
    const score = c.functions.find((f) => f.name === "score")!;
    assertEquals(score.before?.countedIn, [{ caller: "search", ms: 2 }]);
    const text = formatCpuComparisonText(c);
    assertMatch(text, /\n {2}search \S+app\.js:4: 4\.00 ms \(\+ 8\.00 ms in handle\) → 4\.00 ms/);
    assert(
      c.notes.some((n) => n.startsWith("V8 compiled some functions into their callers")),
      text,
    );
  }));
