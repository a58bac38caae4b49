/**
 * The oracle: Chrome DevTools' own heap snapshot model (`support/devtools_model.ts`) and our
 * engine read the same snapshots — the checked-in Deno and Node pairs, Deno and Node programs
 * captured here, and a Chrome page — and must agree on every node's self size, retained size
 * and distance, on every class of the Summary (name, count, self size, retained size,
 * distance) and, for a pair, on every class of the Comparison (new, deleted, their bytes).
 * Class names and keys are DevTools' own: no mapping is needed.
 */

import { parseSnapshotFile } from "../../../heap/parse/parse.ts";
import { typeCodes } from "../../../heap/graph/model.ts";
import { shallowSizes } from "../../../heap/graph/shallow_sizes.ts";
import { computeDominators } from "../../../heap/graph/dominators.ts";
import { computeDistances } from "../../../heap/graph/distances.ts";
import { analyzeSnapshot, type SnapshotAnalysis } from "../../../heap/analysis/analyze.ts";
import { addedDeleted, classPair } from "../../../heap/analysis/compare.ts";
import { assert, assertEquals } from "../../support/assert.ts";
import { unpackTestSnapshots } from "../../support/testdata.ts";
import { captureSnapshot, requireNode } from "../../support/capture_inprocess.ts";
import { launchChromium } from "../../support/chromium.ts";
import {
  DEVTOOLS_VERSION,
  type DevToolsSnapshot,
  devtoolsSnapshot,
} from "../support/devtools_model.ts";

const dir = await Deno.realPath(await Deno.makeTempDir({ prefix: "devtools-oracle-" }));
globalThis.addEventListener("unload", () => Deno.removeSync(dir, { recursive: true }));

/** What the captured programs keep: classes, plain objects of a few shapes, a class nested under itself, WeakMap entries, closures, strings built by concatenation. */
const PROGRAM = `
class Session { constructor(id) { this.id = id; this.user = "user" + id; this.tags = []; } }
class Node2 { constructor(next) { this.next = next; this.items = [this]; } }
globalThis.sessions = new Map();
for (let i = 0; i < 300; i++) globalThis.sessions.set("s" + i, new Session(i));
globalThis.records = [];
for (let i = 0; i < 500; i++) globalThis.records.push({ at: i, path: "/p/" + i, ok: i % 2 === 0 });
for (let i = 0; i < 40; i++) globalThis.records.push({ at: i, path: "/q", extra: { deep: i } });
let chain = null;
for (let i = 0; i < 50; i++) chain = new Node2(chain);
globalThis.chain = chain;
globalThis.weak = new WeakMap();
globalThis.keys = [];
for (let i = 0; i < 100; i++) { const k = { k: i }; globalThis.keys.push(k); globalThis.weak.set(k, { v: "value " + i }); }
globalThis.handlers = Array.from({ length: 30 }, (_, i) => () => i);
globalThis.log = "";
for (let i = 0; i < 200; i++) globalThis.log += "line " + i + "\\n";
`;

/** A page with DOM: attached and detached elements, the same objects as the programs. */
const PAGE = `<!doctype html><html><body><div id="app"><p class="x">hello</p><ul>${
  "<li>item</li>".repeat(20)
}</ul></div><script>
${PROGRAM}
globalThis.detached = [];
for (let i = 0; i < 25; i++) { const d = document.createElement("div"); d.id = "d" + i; d.appendChild(document.createElement("span")); globalThis.detached.push(d); }
document.getElementById("app").remove.bind(null);
</script></body></html>`;

async function chromePageSnapshot(): Promise<string> {
  const browser = await launchChromium();
  try {
    const page = await browser.context.newPage();
    await page.setContent(PAGE);
    const cdp = await browser.context.newCDPSession(page);
    const chunks: string[] = [];
    cdp.on("HeapProfiler.addHeapSnapshotChunk", (e: { chunk: string }) => chunks.push(e.chunk));
    await cdp.send("HeapProfiler.enable");
    await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
    const file = `${dir}/chrome-page.heapsnapshot`;
    await Deno.writeTextFile(file, chunks.join(""));
    return file;
  } finally {
    await browser.close();
  }
}

/** The snapshots the oracle reads, made once. */
const snapshots: Promise<string[]> = (async () => {
  await requireNode();
  await unpackTestSnapshots(dir);
  const checkedIn = ["deno-before", "deno-after", "node-before", "node-after"]
    .map((name) => `${dir}/${name}.heapsnapshot`);
  return [
    ...checkedIn,
    await captureSnapshot("deno", PROGRAM, dir, "deno-program.heapsnapshot"),
    await captureSnapshot("node", PROGRAM, dir, "node-program.heapsnapshot"),
    await chromePageSnapshot(),
  ];
})();

/** Every node's self size, retained size and distance, ours against DevTools'. */
async function compareNodes(file: string, dt: DevToolsSnapshot): Promise<number> {
  const s = await parseSnapshotFile(file);
  const codes = typeCodes(s);
  const sizes = shallowSizes(s, codes);
  const { retained, idom } = computeDominators(s, codes, sizes);
  const distance = computeDistances(s, codes);
  assertEquals(s.nodeCount, dt.nodeCount, `${file}: node count`);
  const wrong: string[] = [];
  for (let i = 0; i < s.nodeCount && wrong.length < 10; i++) {
    const node = dt.createNode(i * dt.nodeFieldCount);
    const ours = [sizes[i], retained[i], distance[i], idom[i]];
    const theirs = [node.selfSize(), node.retainedSize(), node.distance(), dt.dominatorsTree[i]];
    if (ours.join() !== theirs.join()) {
      wrong.push(`@${node.id()} ${node.name().slice(0, 40)}: ours ${ours}, DevTools ${theirs}`);
    }
  }
  assertEquals(wrong, [], `${file}: nodes (self, retained, distance, dominator)`);
  return s.nodeCount;
}

/** The same record with its keys in one order (the assertions compare JSON texts). */
function byKey<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}

async function analysisOf(file: string): Promise<SnapshotAnalysis> {
  return await analyzeSnapshot(await parseSnapshotFile(file), {}, {
    holders: false,
    distances: true,
    idSizes: true,
  });
}

/** Every class of the Summary, ours against DevTools'. */
function compareClasses(file: string, a: SnapshotAnalysis, dt: DevToolsSnapshot): number {
  const theirs = dt.getAggregatesByClassKey(false, "allObjects");
  const c = a.classes;
  const ours = Object.fromEntries(
    c.keys.flatMap((key, k) =>
      c.count[k] === 0 ? [] : [[key, {
        name: c.names[k],
        count: c.count[k],
        self: c.size[k],
        maxRet: c.retained[k],
        distance: c.distance![k],
      }]]
    ),
  );
  const expected = Object.fromEntries(
    Object.entries(theirs).map((
      [key, x],
    ) => [key, {
      name: x.name,
      count: x.count,
      self: x.self,
      maxRet: x.maxRet,
      distance: x.distance,
    }]),
  );
  assertEquals(byKey(ours), byKey(expected), `${file}: Summary classes`);
  return Object.keys(expected).length;
}

Deno.test(`DevTools ${DEVTOOLS_VERSION} and our engine agree on every node and class`, async () => {
  const files = await snapshots;
  assert(files.length >= 6, "at least six snapshots");
  const summary: string[] = [];
  for (const file of files) {
    const dt = await devtoolsSnapshot(file);
    const nodes = await compareNodes(file, dt);
    const classes = compareClasses(file, await analysisOf(file), dt);
    summary.push(`${file.split("/").pop()}: ${nodes} nodes, ${classes} classes`);
  }
  console.log(`oracle agreed on ${summary.join("; ")}`);
});

Deno.test("DevTools' Comparison and ours agree on every class of the checked-in pairs", async () => {
  await snapshots;
  for (const runtime of ["deno", "node"]) {
    const [beforeFile, afterFile] = ["before", "after"].map((w) =>
      `${dir}/${runtime}-${w}.heapsnapshot`
    );
    const [before, after] = [await analysisOf(beforeFile), await analysisOf(afterFile)];
    const pair = classPair(before, after);
    const diff = addedDeleted(
      before,
      after,
      pair.beforeClassOf,
      pair.afterClassOf,
      pair.keys.length,
    );
    const ours: Record<string, number[]> = {};
    pair.keys.forEach((key, c) => {
      if (diff.added[c] === 0 && diff.deleted[c] === 0) return;
      ours[key] = [diff.added[c], diff.deleted[c], diff.addedSize[c], diff.deletedSize[c]];
    });
    const dtBefore = await devtoolsSnapshot(beforeFile);
    const dtAfter = await devtoolsSnapshot(afterFile);
    const theirs = dtAfter.calculateSnapshotDiff(
      1,
      dtBefore.aggregatesForDiff(dtAfter.interfaceDefinitions()),
    );
    const expected = Object.fromEntries(
      Object.entries(theirs).map((
        [key, d],
      ) => [key, [d.addedCount, d.removedCount, d.addedSize, d.removedSize]]),
    );
    assert(Object.keys(expected).length > 0, `${runtime}: DevTools sees changes`);
    assertEquals(
      byKey(ours),
      byKey(expected),
      `${runtime}: Comparison classes (new, deleted, their bytes)`,
    );
  }
});
