/**
 * Verifying a fix: each earlier suspect found again by path (then name) is still growing with
 * its growth before and after, the rest are gone, and suspects the earlier run did not have
 * are new. Records round-trip through the snapshot directory; the newest is found by its id.
 */

import type { CompareReport, LeakSuspect } from "../../heap/mod.ts";
import {
  digestSuspects,
  type InvestigationRecord,
  latestRecord,
  loadRecord,
  newInvestigationId,
  releaseInvestigationId,
  saveRecord,
  verifyAgainst,
} from "../../investigation/mod.ts";
import { assert, assertEquals } from "../support/assert.ts";
import { withTempDir } from "../support/testdata.ts";

function suspect(rank: number, path: string, bytesPerCycle: number, extra = {}): LeakSuspect {
  return {
    rank,
    name: path,
    path,
    kind: "array",
    holder: "Array",
    scope: "module",
    reason: "",
    entriesBefore: 0,
    entriesAfter: 10,
    added: 10,
    addedPerCycle: 1,
    bytes: bytesPerCycle * 10,
    bytesPerCycle,
    objects: 10,
    fix: "bound it",
    nodeId: rank,
    entryNodeId: rank,
    retainerPath: path,
    statement: {
      location: { url: "file:///app.ts", line: rank, column: 1, display: `app.ts:${rank}` },
      text: `${path}.push(x);`,
    },
    ...extra,
  };
}

function report(suspects: LeakSuspect[], leakBytesPerCycle?: number): CompareReport {
  return {
    files: { before: "b", after: "a" },
    totals: {
      nodesBefore: 0,
      nodesAfter: 0,
      sizeBefore: 0,
      sizeAfter: 0,
      sizeDelta: 0,
      userSizeDelta: 0,
      codeSizeDelta: 0,
      sizeDeltaExcludingCode: 0,
      leakBytesPerCycle,
    },
    suspects,
    groups: [],
    notes: [],
  };
}

function record(r: CompareReport): InvestigationRecord {
  return {
    id: "leak-20260101-000000",
    finishedAt: "2026-01-01T00:00:00Z",
    target: "Deno 2.9.6 app.ts",
    workload: { kind: "wait", seconds: 1 },
    cycles: 10,
    suspects: digestSuspects(r),
    leakBytesPerCycle: r.totals.leakBytesPerCycle,
  };
}

Deno.test("verifyAgainst: gone, still growing (before → after), new", () => {
  const earlier = record(report([
    suspect(1, "timers", 4800),
    suspect(2, "conn.buffer", 0, { insideOf: 1, bytesPerCycle: undefined }),
    suspect(3, "history", 1400),
  ], 6200));
  const v = verifyAgainst(
    earlier,
    report([suspect(1, "history", 200), suspect(2, "cache", 90)], 290),
  );
  assertEquals(v.suspects.map((s) => [s.path, s.status]), [
    ["timers", "gone"],
    ["conn.buffer", "gone"],
    ["history", "still growing"],
  ]);
  assertEquals(v.suspects[2].before.bytesPerCycle, 1400);
  assertEquals(v.suspects[2].after?.bytesPerCycle, 200);
  assertEquals(v.suspects[0].where, "app.ts:1");
  assertEquals(v.newSuspects.map((s) => s.path), ["cache"]);
  assertEquals([v.leakBytesPerCycleBefore, v.leakBytesPerCycleAfter, v.allGone], [
    6200,
    290,
    false,
  ]);
  const fixed = verifyAgainst(earlier, report([], 0));
  assert(fixed.allGone && fixed.suspects.every((s) => s.status === "gone"));
});

Deno.test("records: saved beside the snapshots, loaded by id, the newest found; ids name no other file", async () => {
  await withTempDir(async (dir) => {
    assertEquals(await latestRecord(`${dir}/missing`), undefined);
    const first = await newInvestigationId(dir, new Date("2026-01-02T15:30:00Z"));
    assertEquals(first, "leak-20260102-153000");
    await saveRecord(dir, { ...record(report([])), id: first });
    const again = await newInvestigationId(dir, new Date("2026-01-02T15:30:00Z"));
    assertEquals(again, "leak-20260102-153000-1", "a second investigation in the same second");
    await saveRecord(dir, { ...record(report([suspect(1, "x", 1)])), id: again });
    assertEquals((await loadRecord(dir, first))?.suspects, []);
    assertEquals((await latestRecord(dir))?.id, again);
    assertEquals(await loadRecord(dir, "../../etc/passwd"), undefined);
    assertEquals(await loadRecord(dir, "leak-20990101-000000"), undefined);
  });
});

Deno.test("records: ids started in the same second by two servers sharing the directory differ; no partial record is left", async () => {
  await withTempDir(async (dir) => {
    const at = new Date("2026-01-02T15:30:00Z");
    const ids = await Promise.all([1, 2, 3].map(() => newInvestigationId(dir, at)));
    assertEquals(new Set(ids).size, 3, ids.join(", "));
    await saveRecord(dir, { ...record(report([])), id: ids[0] });
    for (const id of ids) await releaseInvestigationId(dir, id);
    const names: string[] = [];
    for await (const e of Deno.readDir(dir)) names.push(e.name);
    assertEquals(names, [`${ids[0]}.investigation.json`]);
    assertEquals((await latestRecord(dir))?.id, ids[0]);
  });
});
