/**
 * Finds the collections a program keeps things in, named by how the program reaches them:
 * `context` edges from a scope (`messageHistory`, `conn`) and then property edges
 * (`connectionStats.connectionDurations`, `conn.messageBuffer`), plus properties of the global
 * object. Also pools timers (`Timeout` objects) by their callback. Per snapshot; the diff
 * decides which of them grew.
 *
 * @module
 */

import type { RetainedSizes } from "../graph/dominators.ts";
import type { RetainerStep } from "../report.ts";
import type { HeapSnapshot } from "../graph/snapshot.ts";
import { edgeLabel, isStringType, type TypeCodes } from "../graph/model.ts";
import {
  type GeneratedLocation,
  type GroupTable,
  isDictionaryMode,
  nodeLocation,
  shapeName,
} from "./classes.ts";
import type { LocationRows } from "../graph/location_rows.ts";
import { type ActiveTimer, activeTimers } from "./timers.ts";
import { isScopeString } from "./node_kinds.ts";

/** What kind of holder a record is. */
export type HolderKind =
  | "Array"
  | "Map"
  | "Set"
  | "WeakMap"
  | "WeakSet"
  | "Object (dictionary)"
  | "Object"
  | "Timeout";

/** One holder path in one snapshot, summed over every object reached by that path. */
export interface HolderRecord {
  /** `messageHistory`, `connectionStats.connectionDurations`, `conn.messageBuffer`, `setInterval((anonymous))`. */
  path: string;
  holder: HolderKind;
  /** Where the path starts: a module's top-level scope, a function's scope, the global object, or a timer. */
  scope: "module" | "closure" | "global" | "timer";
  /** Distinct objects reached by this path (1 for a module-level variable). */
  instances: number;
  /** Elements / table entries / properties, summed over instances; timers: instances. */
  entries: number;
  /** Retained bytes summed over instances. */
  retained: number;
  /** Bytes of backing stores: array elements, object properties (grow even when the entries are small integers without edges). */
  storeBytes: number;
  /** Node id of the instance with the largest retained size. */
  nodeId: number;
  /** Groups of the entries (top few), e.g. `{type, user, content, timestamp}` ×500. */
  entryTypes: { name: string; count: number }[];
  /** A closure that holds the scope (its location names the script) or the timer callback. */
  location?: GeneratedLocation;
  /** Name of that closure, `(anonymous)` when it has none. */
  closureName?: string;
  /** Timers: which function created them. */
  timerKind?: "setInterval" | "setTimeout";
  /** Timers: the variables the callback's scope holds (`conn`). */
  capturedVars?: string[];
  /** From the scope to the largest instance. */
  retainerSteps: RetainerStep[];
  /**
   * Bytes freed if every instance (timers: every Timeout and its callback) were removed:
   * unlike `retained`, counts what the instances keep alive only together. Set by
   * `measureFreed` (`heap/analysis/freed.ts`) for the records it measures.
   */
  freed?: number;
  /**
   * Node indices whose removal clears this holder: the instances, plus each timer's
   * callback. Worker-internal (indices mean nothing outside the graph); `measureFreed`
   * deletes it before the records leave the worker.
   */
  members?: number[];
}

/** Objects with more properties than this are not walked into (they are dictionaries, not records). */
const MAX_RECORD_PROPERTIES = 64;
/** Property depth below a variable: `a.b.c` at most. */
const MAX_DEPTH = 2;

/** Name classes of strings, for the walks' tests (see `classifyName`). */
const NAME_ARRAY = 1, NAME_MAP = 2, NAME_SET = 3, NAME_WEAKMAP = 4, NAME_WEAKSET = 5;
const NAME_OBJECT = 6, NAME_TIMEOUT = 7, NAME_SYSTEM = 8, NAME_PROTO = 9;
const NAME_CONSTRUCTOR = 10, NAME_SYMBOL = 11, NAME_OTHER = 12;
const NAME_PROPERTIES = 13, NAME_ELEMENTS = 14, NAME_TABLE = 15, NAME_PREVIOUS = 16;
const NAME_CONTEXT = 17, NAME_GLOBAL_OBJECT = 18, NAME_EXTENSION = 19, NAME_ON_TIMEOUT = 20;
const COLLECTION_KINDS: (HolderKind | undefined)[] = [
  undefined,
  "Array",
  "Map",
  "Set",
  "WeakMap",
  "WeakSet",
];

/** The NAME_* class of a node or edge name. */
function classifyName(name: string): number {
  switch (name) {
    case "Array":
      return NAME_ARRAY;
    case "Map":
      return NAME_MAP;
    case "Set":
      return NAME_SET;
    case "WeakMap":
      return NAME_WEAKMAP;
    case "WeakSet":
      return NAME_WEAKSET;
    case "Object":
      return NAME_OBJECT;
    case "Timeout":
      return NAME_TIMEOUT;
    case "__proto__":
      return NAME_PROTO;
    case "constructor":
      return NAME_CONSTRUCTOR;
    case "properties":
      return NAME_PROPERTIES;
    case "elements":
      return NAME_ELEMENTS;
    case "table":
      return NAME_TABLE;
    case "previous":
      return NAME_PREVIOUS;
    case "context":
      return NAME_CONTEXT;
    case "global_object":
      return NAME_GLOBAL_OBJECT;
    case "extension":
      return NAME_EXTENSION;
    case "_onTimeout":
      return NAME_ON_TIMEOUT;
  }
  if (name.startsWith("system /")) return NAME_SYSTEM;
  if (name.startsWith("<symbol")) return NAME_SYMBOL;
  return NAME_OTHER;
}

interface Accumulator {
  record: HolderRecord;
  seen: Set<number>;
  bestRetained: number;
  entryCounts: Map<number, number>;
}

/** Discovers holders and timers in one snapshot. */
export function findHolders(
  s: HeapSnapshot,
  codes: TypeCodes,
  groups: GroupTable,
  retained: RetainedSizes,
  rows: LocationRows,
  isRuntimeScript: (scriptId: number) => boolean = () => false,
): HolderRecord[] {
  const str = s.strings;
  const nameOf = (node: number) => str.get(s.nodeName[node]);
  const isObject = (node: number) => s.nodeType[node] === codes.object;
  // The walks below test the same few names on ~100 k scopes' worth of nodes and edges:
  // each string index is classified once (NAME_* codes, 0 = not yet), then tested by index.
  const nameClasses = new Uint8Array(str.length);
  const nameClass = (index: number): number => {
    let c = nameClasses[index];
    if (c === 0) nameClasses[index] = c = classifyName(str.get(index));
    return c;
  };
  const nodeClass = (node: number) => nameClass(s.nodeName[node]);
  /** The first edge of `type` from `node` whose name is of class `nameCls` (a NAME_* code), or -1. */
  const findEdgeOfClass = (node: number, type: number, nameCls: number): number => {
    for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
      if (s.edgeType[e] === type && nameClass(s.edgeNameOrIndex[e]) === nameCls) return e;
    }
    return -1;
  };
  const holderKindOf = (node: number): HolderKind | undefined => {
    if (!isObject(node)) return undefined;
    const c = nodeClass(node);
    if (c <= NAME_WEAKSET) return COLLECTION_KINDS[c];
    // Every plain object is a candidate: one used as a map is told apart by its key count
    // growing (V8 may keep it in fast mode for a while, so the mode alone is not enough).
    // V8 keeps an object used as a map in dictionary mode; a record with many fixed fields
    // stays in fast mode and is not a collection.
    if (c === NAME_OBJECT) {
      return isDictionaryMode(s, codes, node) ? "Object (dictionary)" : "Object";
    }
    return undefined;
  };
  const countProperties = (node: number) => {
    let n = 0;
    for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
      if (s.edgeType[e] === codes.edgeProperty && nameClass(s.edgeNameOrIndex[e]) !== NAME_PROTO) {
        n++;
      }
    }
    return n;
  };

  const earlier = (a: number, b: number): boolean => {
    const ra = rows.of(a);
    const rb = rows.of(b);
    if (ra < 0) return false;
    if (rb < 0) return true;
    const loc = s.locations;
    return loc.line[ra] < loc.line[rb] ||
      (loc.line[ra] === loc.line[rb] && loc.column[ra] < loc.column[rb]);
  };
  // Objects worth walking into: plain objects and instances of the program's own classes
  // (their constructor's location is in a program script), not runtime objects like WebSocket.
  const isProgramRecord = (node: number): boolean => {
    if (!isObject(node)) return false;
    const c = nodeClass(node);
    if (c === NAME_OBJECT) return true;
    if (c === NAME_SYSTEM) return false;
    const r = rows.of(node);
    return r >= 0 && !isRuntimeScript(s.locations.scriptId[r]);
  };
  // Timeout objects reached by a variable path (`conn.heartbeat`): names for the timers.
  const timerAliases = new Map<number, string>();

  // One pass over all nodes picks out the few kinds the walks below start from, testing
  // names by string index (a typed-array lookup) instead of comparing strings per node.
  const { contexts, nativeContexts, closures } = startingNodes(s, codes);
  // The timers the comparison's growth trace pools too (`timers.ts`): active ones only, and
  // Deno's runtime-made ones (plain objects with a Timeout's fields) with them.
  const timers = activeTimers(s, codes, rows);
  const timerNodes = new Set(timers.map((t) => t.node));

  // Which closure holds each context (any one will do: it names the script and the function).
  const contextOwner = new Map<number, number>();
  for (const i of closures) {
    const e = findEdgeOfClass(i, codes.edgeInternal, NAME_CONTEXT);
    if (e < 0) continue;
    // The closure defined first in the source names the scope best (e.g. `socket.onopen`
    // before the heartbeat callback inside it).
    const ctx = s.edgeTo[e];
    const known = contextOwner.get(ctx);
    if (known === undefined || earlier(i, known)) contextOwner.set(ctx, i);
  }

  // Paths are numbered as the walks build them, (parent path, edge name) → path, so the
  // string is built once per path rather than once per object walked past. Equal strings
  // (from different parents) share a number, as they share a record.
  const pathNames: string[] = [];
  const pathByString = new Map<string, number>();
  const pathByStep = new Map<number, number>();
  const pathOf = (name: string): number => {
    let id = pathByString.get(name);
    if (id === undefined) {
      id = pathNames.length;
      pathNames.push(name);
      pathByString.set(name, id);
    }
    return id;
  };
  const childPath = (parent: number, nameIndex: number): number => {
    const key = parent * str.length + nameIndex;
    let id = pathByStep.get(key);
    if (id === undefined) {
      id = pathOf(`${pathNames[parent]}.${str.get(nameIndex)}`);
      pathByStep.set(key, id);
    }
    return id;
  };
  const acc = new Map<number, Accumulator>();
  const scratchCounts = new Uint32Array(groups.keys.length);
  const touched: number[] = [];
  const entryTargets = (
    node: number,
    kind: HolderKind,
    visit: (target: number) => void,
  ): number => {
    if (kind === "Array") {
      let n = 0;
      for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
        if (s.edgeType[e] !== codes.edgeElement) continue;
        n++;
        visit(s.edgeTo[e]);
      }
      return n;
    }
    if (kind === "Object (dictionary)" || kind === "Object") {
      let n = 0;
      for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
        if (
          s.edgeType[e] !== codes.edgeProperty || nameClass(s.edgeNameOrIndex[e]) === NAME_PROTO
        ) {
          continue;
        }
        n++;
        visit(s.edgeTo[e]);
      }
      return n;
    }
    // Map/Set: entries live in the `table` array, slots named by number, no labels. Count
    // distinct entry rows: (slot - first slot) / entry width.
    const te = findEdgeOfClass(node, codes.edgeInternal, NAME_TABLE);
    if (te < 0) return 0;
    const table = s.edgeTo[te];
    const width = kind === "Map" ? 3 : kind === "Set" ? 2 : kind === "WeakMap" ? 2 : 2;
    let minSlot = Infinity;
    for (let e = s.firstEdge[table], end = s.firstEdge[table + 1]; e < end; e++) {
      const slot = Number(str.get(s.edgeNameOrIndex[e]));
      if (s.edgeType[e] === codes.edgeInternal && Number.isInteger(slot) && slot < minSlot) {
        minSlot = slot;
      }
    }
    if (minSlot === Infinity) return 0;
    let rowsSeen = 0;
    let lastRow = -1;
    for (let e = s.firstEdge[table], end = s.firstEdge[table + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeInternal) continue;
      const slot = Number(str.get(s.edgeNameOrIndex[e]));
      if (!Number.isInteger(slot)) continue;
      const row = Math.floor((slot - minSlot) / width);
      if (row !== lastRow) rowsSeen++;
      lastRow = row;
      visit(s.edgeTo[e]);
    }
    return rowsSeen;
  };
  // Backing store bytes: an array's `elements`, a plain object's `properties`. They grow even
  // when the entries are small integers, which have no edges to count.
  const storeBytesOf = (node: number, kind: HolderKind): number => {
    const store = kind === "Array"
      ? NAME_ELEMENTS
      : kind.startsWith("Object")
      ? NAME_PROPERTIES
      : 0;
    if (!store) return 0;
    const e = findEdgeOfClass(node, codes.edgeInternal, store);
    return e >= 0 ? s.nodeSelfSize[s.edgeTo[e]] : 0;
  };

  const record = (
    pathId: number,
    node: number,
    kind: HolderKind,
    scope: HolderRecord["scope"],
    owner: number,
  ) => {
    let a = acc.get(pathId);
    if (!a) {
      const path = pathNames[pathId];
      const loc = owner >= 0 ? nodeLocation(s, rows, owner) : undefined;
      a = {
        record: {
          path,
          holder: kind,
          scope,
          instances: 0,
          entries: 0,
          retained: 0,
          storeBytes: 0,
          nodeId: s.nodeId[node],
          entryTypes: [],
          location: loc,
          closureName: owner >= 0 ? (nameOf(owner) || "(anonymous)") : undefined,
          retainerSteps: [],
          members: [],
        },
        seen: new Set(),
        bestRetained: -1,
        entryCounts: new Map(),
      };
      acc.set(pathId, a);
    }
    if (a.seen.has(node)) return;
    a.seen.add(node);
    const r = a.record;
    r.members!.push(node);
    if (kind === "Object (dictionary)") r.holder = kind;
    r.instances++;
    r.retained += retained[node];
    r.storeBytes += storeBytesOf(node, kind);
    // Count entry groups in a shared typed array (big arrays have millions of entries), then
    // fold the few distinct groups into the holder's tally.
    r.entries += entryTargets(node, kind, (t) => {
      const g = groups.groupOf[t];
      if (scratchCounts[g]++ === 0) touched.push(g);
    });
    for (const g of touched) {
      a.entryCounts.set(g, (a.entryCounts.get(g) ?? 0) + scratchCounts[g]);
      scratchCounts[g] = 0;
    }
    touched.length = 0;
    if (retained[node] > a.bestRetained) {
      a.bestRetained = retained[node];
      r.nodeId = s.nodeId[node];
      r.retainerSteps = currentChain();
    }
  };

  const step = (node: number, edge?: number): RetainerStep => ({
    node: displayName(s, codes, node),
    nodeId: s.nodeId[node],
    ...(edge === undefined ? {} : {
      edge: edgeLabel(s, codes, edge),
      edgeType: s.meta.edgeTypes[s.edgeType[edge]],
    }),
  });

  // The path being walked, scope first: (node, edge into it; -1 for the scope). Steps are
  // built only for the instance a record keeps, not for every object walked past.
  const chainNodes: number[] = [];
  const chainEdges: number[] = [];
  const currentChain = (): RetainerStep[] =>
    chainNodes.map((node, k) => step(node, chainEdges[k] < 0 ? undefined : chainEdges[k]));

  // Walks from a variable (or global property) down property edges, recording holders.
  const explore = (
    path: number,
    node: number,
    depth: number,
    scope: HolderRecord["scope"],
    owner: number,
    programScope: boolean,
  ) => {
    const kind = holderKindOf(node);
    if (kind) record(path, node, kind, scope, owner);
    if (
      programScope && timerNodes.has(node) && !timerAliases.has(node)
    ) {
      timerAliases.set(node, pathNames[path]);
    }
    // Collections are not walked into; plain objects are (records like `connectionStats`).
    if ((kind && kind !== "Object") || depth >= MAX_DEPTH || !isProgramRecord(node)) return;
    if (countProperties(node) > MAX_RECORD_PROPERTIES) return;
    for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeProperty) continue;
      const nameIndex = s.edgeNameOrIndex[e];
      // Symbol-keyed slots are the runtime's bookkeeping, not the program's data.
      const c = nameClass(nameIndex);
      if (c === NAME_PROTO || c === NAME_CONSTRUCTOR || c === NAME_SYMBOL) continue;
      const t = s.edgeTo[e];
      chainNodes.push(t);
      chainEdges.push(e);
      explore(childPath(path, nameIndex), t, depth + 1, scope, owner, programScope);
      chainNodes.pop();
      chainEdges.pop();
    }
  };

  for (const i of contexts) {
    const prev = findEdgeOfClass(i, codes.edgeInternal, NAME_PREVIOUS);
    const prevName = prev >= 0 ? nameOf(s.edgeTo[prev]) : "";
    const scope =
      prevName.startsWith("system / NativeContext") || prevName.startsWith("system / ScriptContext")
        ? "module"
        : "closure";
    const owner = contextOwner.get(i) ?? -1;
    const ownerRow = owner >= 0 ? rows.of(owner) : -1;
    const programScope = ownerRow >= 0 && !isRuntimeScript(s.locations.scriptId[ownerRow]);
    for (let e = s.firstEdge[i], end = s.firstEdge[i + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeContext) continue;
      const name = str.get(s.edgeNameOrIndex[e]);
      if (!name || name.startsWith(".") || name === "this") continue;
      const t = s.edgeTo[e];
      chainNodes.push(i, t);
      chainEdges.push(-1, e);
      explore(pathOf(name), t, 0, scope, owner, programScope);
      chainNodes.length = chainEdges.length = 0;
    }
  }

  // The global object's own properties, named as programs write a global (`cache`).
  for (const i of nativeContexts) {
    // Deno names the edge `global_object`; Node 20 reaches the global through `extension`.
    let ge = findEdgeOfClass(i, codes.edgeInternal, NAME_GLOBAL_OBJECT);
    if (ge < 0) ge = findEdgeOfClass(i, codes.edgeInternal, NAME_EXTENSION);
    if (ge < 0 || !isObject(s.edgeTo[ge])) continue;
    const global = s.edgeTo[ge];
    for (let e = s.firstEdge[global], end = s.firstEdge[global + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeProperty) continue;
      const name = str.get(s.edgeNameOrIndex[e]);
      if (
        name === "__proto__" || name === "globalThis" || name === "window" || name === "self" ||
        name.startsWith("<symbol")
      ) continue;
      const t = s.edgeTo[e];
      chainNodes.push(global, t);
      chainEdges.push(-1, e);
      explore(pathOf(name), t, 1, "global", -1, true);
      chainNodes.length = chainEdges.length = 0;
    }
  }

  const out: HolderRecord[] = [];
  for (const a of acc.values()) {
    a.record.entryTypes = topEntries(a.entryCounts, groups);
    out.push(a.record);
  }
  out.push(
    ...findTimers(s, codes, timers, retained, rows, findEdgeOfClass, step, timerAliases),
  );
  return out;
}

/**
 * Nodes the holder walks start from, in node order: scope contexts (objects named
 * `system / Context…`), native contexts (any type, `system / NativeContext…`) and
 * closures. Names are classified once per string, then tested per node by index.
 */
function startingNodes(s: HeapSnapshot, codes: TypeCodes) {
  const CONTEXT = 1;
  const NATIVE_CONTEXT = 2;
  const flags = new Uint8Array(s.strings.length);
  // On the bytes: most strings are never decoded.
  const str = s.strings;
  for (let k = 0; k < str.length; k++) {
    if (isScopeString(str, k)) flags[k] |= CONTEXT;
    if (str.startsWith(k, "system / NativeContext")) flags[k] |= NATIVE_CONTEXT;
  }
  const out = {
    contexts: [] as number[],
    nativeContexts: [] as number[],
    closures: [] as number[],
  };
  const { nodeType, nodeName } = s;
  for (let i = 0; i < s.nodeCount; i++) {
    const t = nodeType[i];
    if (t === codes.closure) out.closures.push(i);
    const f = flags[nodeName[i]];
    if (f === 0) continue;
    if (f & NATIVE_CONTEXT) out.nativeContexts.push(i);
    if (t !== codes.object) continue;
    if (f & CONTEXT) out.contexts.push(i);
  }
  return out;
}

/** The three most common entry groups. */
function topEntries(counts: Map<number, number>, groups: GroupTable) {
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([g, count]) => ({
    name: groups.names[g],
    count,
  }));
}

/** Node name as DevTools shows it in a retainer path. */
export function displayName(s: HeapSnapshot, codes: TypeCodes, node: number): string {
  const raw = s.strings.get(s.nodeName[node]);
  const t = s.nodeType[node];
  if (t === codes.closure) return raw ? `${raw}()` : "(anonymous)";
  if (isStringType(codes, t)) {
    return JSON.stringify(raw.length > 40 ? raw.slice(0, 40) + "…" : raw);
  }
  if (t === codes.array) return raw || "(internal array)";
  if (t === codes.code && !raw.startsWith("system")) return "(compiled code)";
  if (t === codes.object && raw === "Object") return shapeName(s, codes, node);
  return raw || `(${s.meta.nodeTypes[t]})`;
}

/**
 * Active timers (`timers.ts`: Deno's and Node's, a fired or cleared one is no longer one),
 * pooled by their callback: how many are alive, what they retain, and what the callback's
 * scope captures.
 */
function findTimers(
  s: HeapSnapshot,
  codes: TypeCodes,
  timers: ActiveTimer[],
  retained: RetainedSizes,
  rows: LocationRows,
  findEdgeOfClass: (node: number, type: number, nameCls: number) => number,
  step: (node: number, edge?: number) => RetainerStep,
  aliases: Map<number, string>,
): HolderRecord[] {
  const byCallback = new Map<string, HolderRecord & { best: number }>();
  const aliasCounts = new Map<HolderRecord, Map<string, number>>();
  for (const { node: i, callback: cb, repeats } of timers) {
    const cbEdge = findEdgeOfClass(i, codes.edgeProperty, NAME_ON_TIMEOUT);
    const loc = nodeLocation(s, rows, cb);
    const fnName = s.strings.get(s.nodeName[cb]) || "(anonymous)";
    const alias = aliases.get(i);
    const key = `${repeats}:${fnName}@${loc?.scriptId}:${loc?.line}:${loc?.column}`;
    let r = byCallback.get(key);
    if (!r) {
      const ctxEdge = findEdgeOfClass(cb, codes.edgeInternal, NAME_CONTEXT);
      const captured: string[] = [];
      if (ctxEdge >= 0) {
        const ctx = s.edgeTo[ctxEdge];
        for (let e = s.firstEdge[ctx], end = s.firstEdge[ctx + 1]; e < end; e++) {
          if (s.edgeType[e] === codes.edgeContext) {
            captured.push(s.strings.get(s.edgeNameOrIndex[e]));
          }
        }
      }
      r = {
        path: `${repeats ? "setInterval" : "setTimeout"}(${fnName})`,
        timerKind: repeats ? "setInterval" : "setTimeout",
        holder: "Timeout",
        scope: "timer",
        instances: 0,
        entries: 0,
        retained: 0,
        storeBytes: 0,
        nodeId: s.nodeId[i],
        entryTypes: [],
        location: loc,
        closureName: fnName,
        capturedVars: captured,
        retainerSteps: [step(i), step(cb, cbEdge)],
        members: [],
        best: -1,
      };
      byCallback.set(key, r);
    }
    r.instances++;
    r.entries++;
    r.retained += retained[i];
    // Clearing a timer frees its callback too (the runtime's timer list holds both).
    r.members!.push(i, cb);
    if (alias) {
      aliasCounts.set(
        r,
        (aliasCounts.get(r) ?? new Map()).set(alias, (aliasCounts.get(r)?.get(alias) ?? 0) + 1),
      );
    }
    if (retained[i] > r.best) {
      r.best = retained[i];
      r.nodeId = s.nodeId[i];
      r.retainerSteps = [step(i), step(cb, cbEdge)];
    }
  }
  // Name each pool by the variable most of its timers are stored in (`conn.heartbeat`).
  for (const r of byCallback.values()) {
    const counts = aliasCounts.get(r);
    if (!counts) continue;
    const [alias] = [...counts].sort((a, b) => b[1] - a[1])[0];
    r.path = alias;
  }
  return [...byCallback.values()].map(({ best: _best, ...r }) => r);
}
