/**
 * Reduces one parsed snapshot to the compact facts a comparison needs — groups with counts,
 * sizes and retained sizes, node ids sorted with their group, and holder/timer records — so
 * the graph itself can be dropped (and, in a worker, never copied to the main thread).
 *
 * @module
 */

import type { GroupKind } from "../report.ts";
import type { HeapSnapshot } from "../graph/snapshot.ts";
import { edgeName, isStringType, type TypeCodes, typeCodes } from "../graph/model.ts";
import { computeDominators } from "../graph/dominators.ts";
import { shallowSizes } from "../graph/shallow_sizes.ts";
import { computeDistances } from "../graph/distances.ts";
import {
  classesUnder,
  classifyShapes,
  type ClassTable,
  type ShapeTable,
} from "./devtools_classes.ts";
import { classRetainedSizes } from "./class_retained.ts";
import { classifyNodes, type GeneratedLocation, type PerNodeIndex } from "./classes.ts";
import { LocationRows } from "../graph/location_rows.ts";
import { findHolders, type HolderRecord } from "./holders.ts";
import { measureFreed } from "./freed.ts";
import { retainedSizesOf } from "../graph/retained_of.ts";
import { isDependencyUrl, isRuntimeUrl } from "./script_urls.ts";
import { firstOfPackage } from "./package_entries.ts";
import { freeNow } from "../graph/free_now.ts";
import { type EntryCounts, entryCounts, EntryWalker } from "./entries.ts";
import { nodeKinds } from "./node_kinds.ts";
import { findGrowth, type GrowthResult } from "./growth.ts";
import { activeTimers, timerCounts } from "./timers.ts";
import { rootTableCounts, syntheticRoot } from "./root_tables.ts";
import { figuresById } from "./by_id.ts";
import { type CompactSizes, compactSizes } from "./compact_sizes.ts";

/**
 * The leak engine's groups of one snapshot (`classes.ts`: closures by function and place,
 * plain objects by hidden class, …), finer than DevTools' classes; the suspects name entries
 * and find linked lists by them. Arrays are parallel, indexed by group.
 */
export interface GroupStats {
  keys: string[];
  names: string[];
  kinds: GroupKind[];
  locations: (GeneratedLocation | undefined)[];
  /** Nodes of each group (all of them, whatever their size). */
  count: Float64Array;
}

/** DevTools' classes of a snapshot under its own interfaces, with their Summary figures. */
export interface ClassStats extends ClassTable {
  /** Class retained sizes (`class_retained.ts`); all zero for a `light` analysis. */
  retained: Float64Array;
  /** Smallest DevTools distance of each class's counted objects, when distances were asked for. */
  distance?: Float64Array;
}

/** Everything a comparison needs from one snapshot. Typed arrays are transferable. */
export interface SnapshotAnalysis {
  file: string;
  nodeCount: number;
  totalSize: number;
  /** Size of the nodes V8 types `code` (DevTools' "(compiled code)"), DevTools self sizes. */
  codeSize: number;
  /**
   * The highest id of a V8 object (not an embedder's native or a synthetic node): V8 numbers
   * objects as it first sees them, so a later snapshot of the same process has a higher one.
   */
  lastObjectId: number;
  groups: GroupStats;
  /** DevTools' classes, plain objects still by property list (a comparison re-names them). */
  shapes: ShapeTable;
  classes: ClassStats;
  /** Node ids, ascending. */
  ids: Uint32Array;
  /** Shape index of `ids[k]` (16 bits when there are few enough shapes: half the memory). */
  idShape: Uint16Array | Uint32Array;
  /** DevTools self size of `ids[k]`; only when asked for (a comparison's added and deleted bytes). */
  idSize?: CompactSizes;
  holders: HolderRecord[];
  /**
   * The entries of each object that holds any (see `entries.ts`), by id (ascending), and the
   * storage bytes of each array by id: the other snapshots of a comparison tell from them
   * whether a holder grew. Only when asked for (`entryCounts`).
   */
  holderEntries?: { ids: Uint32Array; counts: Uint32Array };
  arrayStores?: { ids: Uint32Array; bytes: Uint32Array };
  /** Active timers per pool (see `timers.ts`), with the entry counts. */
  timerCounts?: Record<string, number>;
  /** Entries of V8's own registries (`root_tables.ts`), by root edge: with the entry counts. */
  rootTableCounts?: Record<string, number>;
  /** The comparison's target only: where the objects new since the baseline accumulate. */
  growth?: GrowthResult;
  /**
   * Strings held directly by `(Global handles)`, by who holds them: an attached inspector's
   * console message store (`console.log` arguments) and its debugger (the sources of scripts
   * compiled at run time: `eval`, `new Function`), and anything else.
   */
  globalHandleStrings: Record<GlobalHandleHolder, { count: number; size: number }>;
  /** Script id → URL as the snapshot itself names scripts (closure → shared → script). */
  scriptUrls: Record<number, string>;
  timings: Record<string, number>;
}

/**
 * Smallest graph for which a `light` analysis skips the dominator tree. Below it the tree is
 * cheaper than the light way's per-holder searches and second holder pass, and the memory it
 * saves (~32 bytes per node) does not matter (bench/README.md has the measurements).
 */
export const LIGHT_MIN_NODES = 1_000_000;

/**
 * Runs every per-snapshot question once and returns the compact result. `knownScripts`
 * (script id → URL, from the sidecar) names scripts the graph does not name itself.
 */
export async function analyzeSnapshot(
  s: HeapSnapshot,
  knownScripts: Record<number, string> = {},
  opts: {
    idSizes?: boolean;
    /**
     * No dominator tree: the holders' retained sizes are computed exactly by reachability
     * (`retained_of.ts`), group retained sizes are left at zero. For a comparison's baseline,
     * whose group retained sizes the report does not show: no dominator pass, whose scratch
     * is the biggest part of a full analysis' peak.
     */
    light?: boolean;
    /**
     * Graphs smaller than this get the dominator tree even when `light` is asked for (default
     * {@link LIGHT_MIN_NODES}).
     */
    lightMinNodes?: number;
    /**
     * The caller is done with the graph once this returns (a worker): the edges, names,
     * types, location rows and retained sizes are freed before the ids are sorted, so the
     * ids' ~10 bytes per node do not come on top of them.
     */
    releaseGraph?: boolean;
    /**
     * Find the program's named collections and timers (`holders.ts`) and what clearing them
     * frees, for a single snapshot's summary (default true).
     */
    holders?: boolean;
    /** Count each object's entries and store bytes, by id (a comparison's other snapshots). */
    entryCounts?: boolean;
    /** DevTools' distances, for each class's smallest (a summary's). */
    distances?: boolean;
    /**
     * The comparison's target: the baseline's ids (and the final snapshot's) arrive when
     * they are ready, and the objects new since the baseline are traced to their holders.
     */
    baseline?: () => Promise<{ ids: Uint32Array; finalIds?: Uint32Array }>;
  } = {},
): Promise<SnapshotAnalysis> {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t) / 1000;
    t = now;
  };
  const codes = typeCodes(s);
  const light = opts.light === true && s.nodeCount >= (opts.lightMinNodes ?? LIGHT_MIN_NODES);
  // DevTools' self sizes (V8's stay in the graph for the leak engine's bytes). With the
  // dominator tree, computed once the tree is built, in arrays it is done with: the tree's
  // scratch is the peak, so little else per-node is alive while it is built.
  const { idom, retained, scratch, sizes } = light
    ? noDominators(opts.holders === false ? 0 : s.nodeCount, shallowSizes(s, codes))
    : computeDominators(s, codes, (into, owners) => shallowSizes(s, codes, into, owners));
  lap(light ? "shallow sizes" : "dominators");
  // Per-node arrays from here on reuse the dominators' dead scratch (and, once read, `idom`):
  // the GC has usually not freed it yet, so fresh arrays would add to the peak.
  const spare = (): Uint32Array => scratch.pop() ?? new Uint32Array(s.nodeCount);
  const rows = new LocationRows(s);
  // Only the holders and the growth read each node's group after the counts: otherwise its
  // array becomes the shapes' (one array fewer at the baseline's peak). Groups and shapes are
  // 16-bit halves of one node-long array while they fit (`widenedIndex`).
  const groupsRead = opts.holders !== false || opts.baseline !== undefined;
  const indices = groupsRead ? spare() : new Uint32Array(Math.ceil(s.nodeCount / 2));
  const half = (k: number) =>
    new Uint16Array(indices.buffer, indices.byteOffset + k * 2 * s.nodeCount, s.nodeCount);
  // An idle scratch array (the class retained sizes' later) holds the per-name caches.
  const table = classifyNodes(s, codes, rows, half(0), scratch.at(-1));
  const count = new Float64Array(table.keys.length);
  let totalSize = 0;
  let codeSize = 0;
  let lastObjectId = 0;
  for (let i = 0; i < s.nodeCount; i++) {
    count[table.groupOf[i]]++;
    totalSize += sizes[i];
    const t = s.nodeType[i];
    if (t === codes.code) codeSize += sizes[i];
    // Embedder (native) and synthetic nodes are numbered apart, from their own counters.
    if (t !== codes.native && t !== codes.synthetic && s.nodeId[i] > lastObjectId) {
      lastObjectId = s.nodeId[i];
    }
  }
  lap("groups");
  const { table: shapes, shapeOf } = classifyShapes(
    s,
    codes,
    sizes,
    rows,
    groupsRead ? half(1) : table.groupOf,
    scratch.at(-1),
  );
  const own = classesUnder(shapes, shapes.interfaces);
  lap("classify");
  const classes: ClassStats = {
    ...own,
    retained: light ? new Float64Array(own.keys.length) : classRetainedSizes(
      s,
      idom,
      retained,
      sizes,
      shapeOf,
      own.classOfShape,
      own.keys.length,
      scratch,
    ),
  };
  if (opts.distances) classes.distance = classDistances(s, codes, sizes, shapeOf, own, spare());
  lap("classes");
  // Script names from the graph (Deno) completed by the capture's sidecar (Node needs it).
  const scriptUrls = { ...knownScripts, ...scriptUrlsOf(s, codes) };
  // Closures defined in the runtime's own scripts (ext:, node:) are machinery, not the program's.
  table.locations.forEach((loc, g) => {
    const url = loc ? scriptUrls[loc.scriptId] : undefined;
    // Only closures: instances of runtime classes (Timeout, WebSocket) are the program's concern.
    const closure = table.keys[g].startsWith("closure ");
    if (closure && url !== undefined && table.kinds[g] === "user" && isRuntimeUrl(url)) {
      table.kinds[g] = "internal";
    }
  });
  const isRuntimeScript = (id: number) => isRuntimeUrl(scriptUrls[id]);
  let holders: HolderRecord[] = [];
  if (opts.holders !== false) {
    holders = findHolders(s, codes, table, retained, rows, isRuntimeScript);
    if (light) {
      // The first pass found the instances (with no sizes yet); size them, then pass again so
      // each holder sums its instances and names its largest.
      const members = holders.flatMap((h) => h.members ?? []);
      // `retained` (all zeros until now) lends its memory to the search, then gets its sizes.
      const sizes = retainedSizesOf(s, codes, members, retained.buffer as ArrayBuffer);
      if (sizes) {
        retained.fill(0);
        members.forEach((node, i) => retained[node] = sizes[i]);
      } else {
        // Too many holders sharing too much: the dominator tree is cheaper after all.
        retained.set(computeDominators(s, codes).retained);
      }
      holders = findHolders(s, codes, table, retained, rows, isRuntimeScript);
    }
    lap("holders");
    // What clearing each pool or timer would free; `retained` is dead now: its buffer is scratch.
    measureFreed(
      s,
      codes,
      holders,
      scriptUrls,
      retained.buffer as ArrayBuffer,
      undefined,
      sizes,
    );
    lap("freed");
  }
  // Only the sizes by id read the DevTools sizes from here on: in 16 bits, so the growth
  // trace (the target's peak) runs beside half of them.
  const sizesById = opts.idSizes ? compactSizes(sizes) : undefined;
  freeNow(sizes);
  let growth: GrowthResult | undefined;
  if (opts.baseline) {
    const { ids: baselineIds, finalIds } = await opts.baseline();
    lap("waiting for the baseline");
    // No holders were looked for, so the retained sizes are read: their memory is scratch
    // (one node-long array, or two when they are 64-bit).
    const lent = opts.holders !== false || retained.length !== s.nodeCount
      ? []
      : retained instanceof Uint32Array
      ? [retained]
      : [
        new Uint32Array(retained.buffer, 0, s.nodeCount),
        new Uint32Array(retained.buffer, s.nodeCount * 4, s.nodeCount),
      ];
    const growthScratch = [...lent, ...Array.from({ length: 3 - lent.length }, spare)];
    // Scratch the growth does not take waits for the ids, which come after the graph is
    // released: freed now, a fresh array then costs nothing at the growth's peak.
    freeNow(...scratch.splice(0));
    growth = findGrowth(s, codes, table, rows, {
      baselineIds,
      finalIds,
      idom,
      isRuntimeScript,
      isDependencyScript: (id: number) => isDependencyUrl(scriptUrls[id]),
      isEntryScript: firstOfPackage(scriptUrls),
      scratch: growthScratch,
      shapeOf,
      lap,
    });
    lap("growth: records");
  }
  let counts: EntryCounts | undefined;
  let timers: Record<string, number> | undefined;
  let tables: Record<string, number> | undefined;
  if (opts.entryCounts) {
    counts = entryCounts(new EntryWalker(s, codes, nodeKinds(s, codes)));
    timers = timerCounts(activeTimers(s, codes, rows));
    tables = rootTableCounts(s, codes);
    lap("entries");
  }

  const handleStrings = globalHandleStrings(s, codes);
  if (opts.releaseGraph) {
    // From here on only ids, groups (and sizes, for three snapshots) are read.
    freeNow(s.edgeType, s.edgeNameOrIndex, s.edgeTo, s.firstEdge, s.nodeName, s.nodeType, retained);
    freeNow(s.nodeSelfSize);
  }

  const { ids, idShape, idSize, holderEntries } = figuresById(
    s.nodeId,
    shapeOf,
    shapes.keys.length,
    {
      sizes: sizesById,
      entries: counts?.entries,
      into: { ids: spare() },
    },
  );
  let arrayStores: SnapshotAnalysis["arrayStores"];
  if (counts) {
    freeNow(counts.entries);
    arrayStores = storesById(s.nodeId, counts.arrayNodes, counts.arrayStoreBytes);
  }
  lap("ids");
  return {
    file: s.path,
    nodeCount: s.nodeCount,
    totalSize,
    codeSize,
    lastObjectId,
    groups: {
      keys: table.keys,
      names: table.names,
      kinds: table.kinds,
      locations: table.locations,
      count,
    },
    shapes,
    classes,
    ids,
    idShape,
    idSize,
    ...(holderEntries
      ? { holderEntries, arrayStores, timerCounts: timers, rootTableCounts: tables }
      : {}),
    ...(growth ? { growth } : {}),
    holders,
    globalHandleStrings: handleStrings,
    scriptUrls,
    timings,
  };
}

/** Arrays' storage bytes keyed by their ids, ascending. */
function storesById(nodeId: Uint32Array, nodes: number[], bytes: number[]) {
  const byId = nodes.map((node, k) => [nodeId[node], bytes[k]]).sort((a, b) => a[0] - b[0]);
  return {
    ids: Uint32Array.from(byId, ([id]) => id),
    bytes: Uint32Array.from(byId, ([, b]) => b),
  };
}

/** Per class: the smallest DevTools distance of its counted objects (size > 0), as the Summary shows. */
function classDistances(
  s: HeapSnapshot,
  codes: TypeCodes,
  sizes: Uint32Array,
  shapeOf: PerNodeIndex,
  classes: ClassTable,
  queue: Uint32Array,
): Float64Array {
  const dist = computeDistances(s, codes, queue);
  const out = new Float64Array(classes.keys.length).fill(Infinity);
  for (let i = 0; i < s.nodeCount; i++) {
    if (sizes[i] === 0) continue;
    const c = classes.classOfShape[shapeOf[i]];
    if (dist[i] < out[c]) out[c] = dist[i];
  }
  return out;
}

/**
 * Stand-ins for a light analysis: zero retained sizes to fill in (`n` of them: none when no
 * holders are looked for), no scratch to reuse, and the self sizes it was given.
 */
function noDominators(n: number, sizes: Uint32Array) {
  return {
    idom: new Uint32Array(0),
    retained: new Float64Array(n),
    scratch: [] as Uint32Array[],
    sizes,
  };
}

/** Who holds a string through `(Global handles)` (its edge's name says: `12 / DevTools console`). */
export type GlobalHandleHolder = "console" | "debugger" | "other";

/** Counts string nodes that `(Global handles)` points at directly, by who holds them. */
export function globalHandleStrings(
  s: HeapSnapshot,
  codes: TypeCodes,
): Record<GlobalHandleHolder, { count: number; size: number }> {
  const out = {
    console: { count: 0, size: 0 },
    debugger: { count: 0, size: 0 },
    other: { count: 0, size: 0 },
  };
  const i = syntheticRoot(s, "(Global handles)");
  if (i >= 0) {
    for (let e = s.firstEdge[i], end = s.firstEdge[i + 1]; e < end; e++) {
      if (!isStringType(codes, s.nodeType[s.edgeTo[e]])) continue;
      const name = edgeName(s, codes, e) ?? "";
      const holder = name.endsWith("DevTools console")
        ? out.console
        : name.endsWith("DevTools debugger")
        ? out.debugger
        : out.other;
      holder.count++;
      holder.size += s.nodeSelfSize[s.edgeTo[e]];
    }
  }
  return out;
}

/**
 * Script URLs from the graph: a closure's `shared` function info points (`script`) at a
 * `system / Script / <url>` node; the closure's location row gives the script id.
 */
export function scriptUrlsOf(s: HeapSnapshot, codes: TypeCodes): Record<number, string> {
  const urls: Record<number, string> = {};
  const loc = s.locations;
  const internalEdge = (node: number, name: string) => {
    for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
      if (s.edgeType[e] === codes.edgeInternal && s.strings.equals(s.edgeNameOrIndex[e], name)) {
        return s.edgeTo[e];
      }
    }
    return -1;
  };
  for (let r = 0; r < loc.count; r++) {
    const id = loc.scriptId[r];
    if (id in urls) continue;
    const node = loc.nodeIndex[r];
    if (s.nodeType[node] !== codes.closure) continue;
    const shared = internalEdge(node, "shared");
    // V8 ≥ 12 names the edge `script` and the node after the script; Node 20's V8 calls it
    // `script_or_debug_info` and keeps the name in the script's `name` string.
    let script = shared >= 0 ? internalEdge(shared, "script") : -1;
    if (script < 0 && shared >= 0) script = internalEdge(shared, "script_or_debug_info");
    if (script < 0) continue;
    const prefix = "system / Script / ";
    if (s.strings.startsWith(s.nodeName[script], prefix)) {
      urls[id] = s.strings.get(s.nodeName[script]).slice(prefix.length);
      continue;
    }
    const name = internalEdge(script, "name");
    if (name >= 0 && s.nodeType[name] === codes.string) urls[id] = s.strings.get(s.nodeName[name]);
  }
  return urls;
}
