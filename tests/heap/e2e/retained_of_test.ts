/**
 * Retained sizes of chosen nodes without a dominator tree (`heap/graph/retained_of.ts`) equal the
 * dominator tree's, node for node: every holder instance (pools of timers, per-connection
 * buffers, module-level collections, nested records) and random nodes, on snapshots this
 * test captures from scenario 6 and from the engine's Deno and Node targets; and a light
 * analysis finds the same holders as a full one.
 */

import { parseSnapshotFile } from "../../../heap/parse/parse.ts";
import { typeCodes } from "../../../heap/graph/model.ts";
import { computeDominators } from "../../../heap/graph/dominators.ts";
import { classifyNodes } from "../../../heap/analysis/classes.ts";
import { LocationRows } from "../../../heap/graph/location_rows.ts";
import { findHolders } from "../../../heap/analysis/holders.ts";
import { retainedSizesOf } from "../../../heap/graph/retained_of.ts";
import { analyzeSnapshot } from "../../../heap/analysis/analyze.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { captureScenario6 } from "../../support/scenario6_capture.ts";
import { captureEngineSnapshots } from "../../support/heap_capture.ts";
import { requireNode } from "../../support/capture_inprocess.ts";

async function assertSameAsDominators(file: string): Promise<void> {
  const s = await parseSnapshotFile(file);
  const codes = typeCodes(s);
  const { retained } = computeDominators(s, codes);
  const rows = new LocationRows(s);
  const holders = findHolders(s, codes, classifyNodes(s, codes, rows), retained, rows);
  const members = holders.flatMap((h) => h.members ?? []);
  assert(members.length > 10, `${file}: ${members.length} holder members`);
  // Random nodes too (fixed stride: reproducible), and the root's direct children.
  const arbitrary: number[] = [];
  for (let i = 1; i < s.nodeCount; i += Math.max(1, Math.floor(s.nodeCount / 400))) {
    arbitrary.push(i);
  }
  for (let e = s.firstEdge[0]; e < s.firstEdge[1]; e++) arbitrary.push(s.edgeTo[e]);
  // The holders alone (what the compare asks for) stay within the default work budget.
  const ofMembers = retainedSizesOf(s, codes, members);
  assert(ofMembers, `${file}: holders within the default budget`);
  // A budget too small for the searches: undefined (the caller builds the dominator tree).
  assertEquals(retainedSizesOf(s, codes, members, undefined, 10), undefined);
  // Arbitrary nodes (GC roots' children reach nearly everything: quadratic, so no budget),
  // asked apart from the holders: together the searches would cross each other's regions.
  const ofArbitrary = retainedSizesOf(s, codes, arbitrary, undefined, Infinity)!;
  for (const [chosen, light] of [[members, ofMembers], [arbitrary, ofArbitrary]] as const) {
    const wrong = chosen.filter((node, i) => light[i] !== retained[node]);
    assertEquals(
      wrong.slice(0, 5).map((node) => [node, light[chosen.indexOf(node)], retained[node]]),
      [],
      `${file}: ${wrong.length} of ${chosen.length} nodes differ (node, ours, dominators)`,
    );
  }
  // The whole light analysis (forced on this small graph) finds the same holders, with the
  // same retained sizes and what clearing them frees, as the one with a dominator tree.
  const full = await analyzeSnapshot(await parseSnapshotFile(file));
  const lightAnalysis = await analyzeSnapshot(await parseSnapshotFile(file), {}, {
    light: true,
    lightMinNodes: 0,
  });
  assert(full.timings.dominators !== undefined && lightAnalysis.timings.dominators === undefined);
  assertEquals(JSON.stringify(lightAnalysis.holders), JSON.stringify(full.holders), file);
}

Deno.test("retained sizes without a dominator tree equal the dominator tree's", async (t) => {
  const dir = await Deno.makeTempDir({ prefix: "heap-retained-of-" });
  try {
    await t.step("scenario 6 (timer pools, per-connection buffers, maps)", async () => {
      const snaps = await captureScenario6(dir, { cycles: 20 });
      await assertSameAsDominators(snaps.before);
      await assertSameAsDominators(snaps.after);
    });
    await t.step("engine targets, Deno and Node (nested records, WeakMap)", async () => {
      const deno = await captureEngineSnapshots("deno", dir, 20);
      await assertSameAsDominators(deno.after);
      await assertSameAsDominators(deno.final);
      await requireNode();
      const node = await captureEngineSnapshots("node", `${dir}`, 20);
      await assertSameAsDominators(node.after);
    });
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
