/**
 * The classes of DevTools' Summary and Comparison views (`calculateObjectNames`,
 * `classKeyInternal`): objects and native objects by their name (`<div id=a>` as `<div>`), an
 * object whose constructor has a location by that location too (a program's `Request` is not
 * the runtime's); every function is `Function`, hidden objects `(system)`, code `(compiled
 * code)`, regexps `RegExp`, the rest by type (`(string)`, `(concatenated string)`, `(array)`,
 * …). Plain objects (`Object`) are named by interfaces (`interfaces.ts`): the most common
 * property lists of the snapshot. Until interfaces are applied, each plain object's class
 * stands for its exact property list, so a comparison can name the baseline's plain objects
 * with the target's interfaces, as DevTools' Comparison view does.
 *
 * @module
 */

import type { GroupKind } from "../report.ts";
import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { type GeneratedLocation, nameCaches, type PerNodeIndex, widenedIndex } from "./classes.ts";
import { applyInterfaces, inferInterfaces, type InterfaceDefinition } from "./interfaces.ts";
import { detachedNodes } from "./dom_state.ts";
import { freeNow } from "../graph/free_now.ts";
import type { LocationRows } from "../graph/location_rows.ts";

/**
 * The classes of one snapshot, plain objects still split by property list ("shapes"). Arrays
 * are parallel, indexed by shape.
 */
export interface ShapeTable {
  /** DevTools' class key (`,Map`, `12,4,8,Quote`); for a plain object's shape, its location part (`""` or `12,4,8`). */
  keys: string[];
  /** DevTools' class name; `Object` for plain objects' shapes. */
  names: string[];
  kinds: GroupKind[];
  locations: (GeneratedLocation | undefined)[];
  /** A plain object's property names in edge order (undefined for other classes). */
  properties: (string[] | undefined)[];
  /** Objects of each shape: all (what interfaces are inferred from) and those DevTools counts (self size > 0). */
  objects: Float64Array;
  count: Float64Array;
  /** Sum of DevTools self sizes. */
  size: Float64Array;
  /** The snapshot's own interfaces (its plain objects' most common property lists). */
  interfaces: InterfaceDefinition[];
}

/** DevTools' classes: shapes merged under a set of interfaces. */
export interface ClassTable {
  keys: string[];
  names: string[];
  kinds: GroupKind[];
  locations: (GeneratedLocation | undefined)[];
  /** Per shape: its class. */
  classOfShape: Uint32Array;
  count: Float64Array;
  size: Float64Array;
}

/** Names of V8's machinery and of DevTools' catch-all classes: hidden unless asked for. */
const INTERNAL_CLASSES = new Set([
  "(system)",
  "(compiled code)",
  "(array)",
  "(object shape)",
  "(synthetic)",
  "(hidden)",
  "(symbol)",
]);

/** Whether DevTools' class `name` of a node of type `t` is V8's or the runtime's machinery. */
function kindOf(name: string, t: number, codes: TypeCodes): GroupKind {
  if (INTERNAL_CLASSES.has(name) || name.startsWith("system /")) return "internal";
  if (t === codes.native) {
    return name.startsWith("<") || name.startsWith("Detached <") ? "user" : "internal";
  }
  return "user";
}

/** DevTools' class name of a node that is not a plain object (`detached`: see `dom_state.ts`). */
function className(s: HeapSnapshot, codes: TypeCodes, node: number, detached = false): string {
  const t = s.nodeType[node];
  switch (t) {
    case codes.hidden:
      return "(system)";
    case codes.code:
      return "(compiled code)";
    case codes.closure:
      return "Function";
    case codes.regexp:
      return "RegExp";
    case codes.object:
    case codes.native:
      return domClassName((detached ? "Detached " : "") + s.strings.get(s.nodeName[node]));
    default:
      return `(${s.meta.nodeTypes[t]})`;
  }
}

/** `<div id="a">` → `<div>`, `Detached <div id="a">` → `Detached <div>`; other names as they are. */
function domClassName(name: string): string {
  const from = name.startsWith("<") ? 0 : name.startsWith("Detached <") ? 10 : -1;
  if (from < 0) return name;
  const space = name.indexOf(" ", from);
  return space < 0 ? name : name.slice(0, space) + ">";
}

/**
 * Every node's shape. `shapeOf` (node-count long, every element overwritten) is used
 * instead of a fresh array when given. `sizes` are DevTools' self sizes
 * (`shallow_sizes.ts`); `rows` each node's row in the locations table; `cacheRoom`, an idle
 * array, may hold the per-name caches (see `nameCaches`).
 */
export function classifyShapes(
  s: HeapSnapshot,
  codes: TypeCodes,
  sizes: Uint32Array,
  rows: LocationRows,
  shapeOf: PerNodeIndex = new Uint32Array(s.nodeCount),
  cacheRoom?: Uint32Array,
): { table: ShapeTable; shapeOf: PerNodeIndex } {
  const keys: string[] = [];
  const names: string[] = [];
  const kinds: GroupKind[] = [];
  const locations: (GeneratedLocation | undefined)[] = [];
  const properties: (string[] | undefined)[] = [];
  const byKey = new Map<string, number>();
  const add = (
    key: string,
    name: string,
    kind: GroupKind,
    loc?: GeneratedLocation,
    props?: string[],
  ) => {
    const k = keys.length;
    shapeOf = widenedIndex(shapeOf, k);
    keys.push(key);
    names.push(name);
    kinds.push(kind);
    locations.push(loc);
    properties.push(props);
    return k;
  };
  const classOfKey = (key: string, name: string, kind: GroupKind, loc?: GeneratedLocation) => {
    let k = byKey.get(key);
    if (k === undefined) byKey.set(key, k = add(key, name, kind, loc));
    return k;
  };
  const loc = s.locations;
  const locationOf = (row: number): GeneratedLocation => ({
    scriptId: loc.scriptId[row],
    line: loc.line[row],
    column: loc.column[row],
  });
  const locationKey = (row: number) => `${loc.scriptId[row]},${loc.line[row]},${loc.column[row]}`;
  // Most nodes are classed by (type, name) alone: per name string the last shape + 1 (0 =
  // none yet) and its type. Per constructor name: the location row of the last located class
  // seen (row + 1; 0 = none) and its shape. (See `nameCaches`.)
  const caches = nameCaches(s.strings.length, cacheRoom);
  const [lastShapePlus1, lastClassRow, lastClassShape] = caches.wide;
  const lastType = caches.narrow;
  const sameRow = (a: number, b: number) =>
    loc.scriptId[a] === loc.scriptId[b] && loc.line[a] === loc.line[b] &&
    loc.column[a] === loc.column[b];
  const byType = new Int32Array(s.meta.nodeTypes.length).fill(-1);
  const objectName = s.strings.indicesOf(["Object"])[0];
  const plain = new PlainShapes(s, codes);
  const detached = detachedNodes(s, codes);
  for (let i = 0; i < s.nodeCount; i++) {
    const t = s.nodeType[i];
    let k: number;
    if (t !== codes.object && t !== codes.native) {
      // Strings, code, arrays, closures, …: one class per type, the usual case.
      k = byType[t];
      if (k < 0) {
        const name = className(s, codes, i);
        byType[t] = k = classOfKey(`,${name}`, name, kindOf(name, t, codes));
      }
      shapeOf[i] = k;
      continue;
    }
    const nameIdx = s.nodeName[i];
    const row = rows.of(i);
    if (detached !== undefined && detached[i] === 1) {
      const name = className(s, codes, i, true);
      k = classOfKey(`,${name}`, name, kindOf(name, t, codes));
    } else if (t === codes.object && nameIdx === objectName) {
      k = row >= 0
        ? plain.shapeOf(i, locationKey(row), locationOf(row), add)
        : plain.shapeOf(i, "", undefined, add);
    } else if (t === codes.object && row >= 0) {
      // An object whose constructor has a location is classed by location and name. Instances
      // of one class share both, so the last class seen under this name usually matches.
      const last = lastClassRow[nameIdx] - 1;
      if (last >= 0 && sameRow(last, row)) k = lastClassShape[nameIdx];
      else {
        const name = className(s, codes, i);
        k = classOfKey(
          `${locationKey(row)},${name}`,
          name,
          kindOf(name, t, codes),
          locationOf(row),
        );
        lastClassRow[nameIdx] = row + 1;
        lastClassShape[nameIdx] = k;
      }
    } else if (lastShapePlus1[nameIdx] !== 0 && lastType[nameIdx] === t) {
      k = lastShapePlus1[nameIdx] - 1;
    } else {
      const name = className(s, codes, i);
      k = classOfKey(`,${name}`, name, kindOf(name, t, codes));
      lastShapePlus1[nameIdx] = k + 1;
      lastType[nameIdx] = t;
    }
    shapeOf[i] = k;
  }
  // Caches sized by the string count (millions in big heaps): freed now, not at the next GC.
  caches.release();
  if (detached) freeNow(detached);
  const shapes = keys.length;
  const objects = new Float64Array(shapes);
  const count = new Float64Array(shapes);
  const size = new Float64Array(shapes);
  for (let i = 0; i < s.nodeCount; i++) {
    const k = shapeOf[i];
    objects[k]++;
    if (sizes[i] === 0) continue;
    count[k]++;
    size[k] += sizes[i];
  }
  const table: ShapeTable = {
    keys,
    names,
    kinds,
    locations,
    properties,
    objects,
    count,
    size,
    interfaces: [],
  };
  table.interfaces = inferInterfaces(
    properties.flatMap((p, k) => (p ? [{ properties: p, objects: objects[k] }] : [])),
    s.nodeCount === 0 ? 0 : plainObjectCount(table),
  );
  return { table, shapeOf };
}

/** All plain objects of a snapshot (every size): the base of interfaces' popularity. */
function plainObjectCount(t: ShapeTable): number {
  let n = 0;
  t.properties.forEach((p, k) => {
    if (p) n += t.objects[k];
  });
  return n;
}

/**
 * DevTools' classes of a snapshot's shapes under `interfaces` (the snapshot's own for its
 * Summary; the target's for a comparison's baseline). Classes come in shape order.
 */
export function classesUnder(t: ShapeTable, interfaces: InterfaceDefinition[]): ClassTable {
  const plainNames = applyInterfaces(
    interfaces,
    t.properties.flatMap((p) => (p ? [p] : [])),
  );
  const out: ClassTable = {
    keys: [],
    names: [],
    kinds: [],
    locations: [],
    classOfShape: new Uint32Array(t.keys.length),
    count: new Float64Array(0),
    size: new Float64Array(0),
  };
  const byKey = new Map<string, number>();
  let plainIndex = 0;
  t.keys.forEach((key, k) => {
    let name = t.names[k];
    if (t.properties[k]) {
      name = plainNames[plainIndex++];
      key = `${key},${name}`;
    }
    let c = byKey.get(key);
    if (c === undefined) {
      byKey.set(key, c = out.keys.length);
      out.keys.push(key);
      out.names.push(name);
      out.kinds.push(t.kinds[k]);
      out.locations.push(t.locations[k]);
    }
    out.classOfShape[k] = c;
  });
  out.count = new Float64Array(out.keys.length);
  out.size = new Float64Array(out.keys.length);
  t.keys.forEach((_, k) => {
    out.count[out.classOfShape[k]] += t.count[k];
    out.size[out.classOfShape[k]] += t.size[k];
  });
  return out;
}

/** Plain objects' shapes: one per property list (and location), found by a hash of it. */
class PlainShapes {
  /** Hash → shapes with it (usually one). */
  readonly #byHash = new Map<number, number[]>();
  /** Per shape made here: its property name indices. */
  readonly #lists = new Map<number, Uint32Array>();
  #scratch = new Uint32Array(64);

  constructor(readonly s: HeapSnapshot, readonly codes: TypeCodes) {}

  shapeOf(
    node: number,
    locationKey: string,
    location: GeneratedLocation | undefined,
    add: (
      key: string,
      name: string,
      kind: GroupKind,
      loc?: GeneratedLocation,
      props?: string[],
    ) => number,
  ): number {
    const s = this.s;
    let n = 0;
    let hash = locationKey === "" ? 0 : hashString(locationKey);
    for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
      if (s.edgeType[e] !== this.codes.edgeProperty) continue;
      if (n === this.#scratch.length) {
        const bigger = new Uint32Array(n * 2);
        bigger.set(this.#scratch);
        this.#scratch = bigger;
      }
      const name = s.edgeNameOrIndex[e];
      this.#scratch[n++] = name;
      hash = Math.imul(hash ^ name, 0x9e3779b1) ^ (hash >>> 15);
    }
    hash = Math.imul(hash ^ n, 0x85ebca6b);
    const list = this.#scratch.subarray(0, n);
    const candidates = this.#byHash.get(hash);
    if (candidates) {
      for (const k of candidates) if (sameList(this.#lists.get(k)!, list)) return k;
    }
    const props = Array.from(list, (i) => s.strings.get(i));
    const k = add(locationKey, "Object", "user", location, props);
    this.#lists.set(k, list.slice());
    if (candidates) candidates.push(k);
    else this.#byHash.set(hash, [k]);
    return k;
  }
}

function sameList(a: Uint32Array, b: Uint32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}
