/**
 * Class naming like Chrome DevTools: every node gets a group — objects by constructor, plain
 * `Object`s by their shape `{a, b, c}`, closures by function name plus where they are
 * defined, strings/arrays/compiled code/`system / …` pooled — and each group is tagged
 * `user` or `internal` (V8 and runtime machinery, hidden unless asked for).
 *
 * @module
 */

import type { GroupKind } from "../report.ts";
import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { freeNow } from "../graph/free_now.ts";
import type { LocationRows } from "../graph/location_rows.ts";

/** A position in generated code as the snapshot's `locations` table gives it (0-based). */
export interface GeneratedLocation {
  scriptId: number;
  line: number;
  column: number;
}

/**
 * Per node: the index of its group or shape, in 16 bits while there are few enough of them
 * (half the memory of a node-long 32-bit array); see {@link widenedIndex}.
 */
export type PerNodeIndex = Uint16Array | Uint32Array;

/**
 * `a` itself while `next` (the index about to be handed out) fits its element type, else a
 * 32-bit copy of it to go on filling.
 */
export function widenedIndex(a: PerNodeIndex, next: number): PerNodeIndex {
  if (next <= 0xffff || a instanceof Uint32Array) return a;
  const wide = new Uint32Array(a.length);
  wide.set(a);
  return wide;
}

/** Per name string of a snapshot: what a classification saw last under that name. */
export interface NameCaches {
  /** Three 32-bit caches and one 8-bit one, all zero. */
  wide: [Int32Array, Int32Array, Int32Array];
  narrow: Uint8Array;
  /** Frees them when they were allocated for the call, not laid in lent memory. */
  release(): void;
}

/**
 * {@link NameCaches} for `count` strings, laid in `room` (an idle node-long array, cleared
 * here) when it is big enough, else allocated: a big heap has millions of strings, and
 * fresh caches would add to the peak the classifications run at.
 */
export function nameCaches(count: number, room?: Uint32Array): NameCaches {
  const bytes = 13 * count;
  if (room && room.byteLength >= bytes) {
    const at = room.byteOffset;
    const buffer = room.buffer;
    new Uint8Array(buffer, at, bytes).fill(0);
    return {
      wide: [
        new Int32Array(buffer, at, count),
        new Int32Array(buffer, at + 4 * count, count),
        new Int32Array(buffer, at + 8 * count, count),
      ],
      narrow: new Uint8Array(buffer, at + 12 * count, count),
      release() {},
    };
  }
  const wide: NameCaches["wide"] = [
    new Int32Array(count),
    new Int32Array(count),
    new Int32Array(count),
  ];
  const narrow = new Uint8Array(count);
  return { wide, narrow, release: () => freeNow(...wide, narrow) };
}

/** The groups of one snapshot and which group each node belongs to. */
export interface GroupTable {
  /** Stable key used to match groups across snapshots (name plus location for closures). */
  keys: string[];
  names: string[];
  kinds: GroupKind[];
  locations: (GeneratedLocation | undefined)[];
  /** Per node: group index. */
  groupOf: PerNodeIndex;
}

/** Longest shape name before it is cut, as DevTools does (~100 characters). */
const MAX_SHAPE_LENGTH = 100;

/** The generated location of a node, if the snapshot records one. */
export function nodeLocation(
  s: HeapSnapshot,
  rows: LocationRows,
  node: number,
): GeneratedLocation | undefined {
  const r = rows.of(node);
  if (r < 0) return undefined;
  const loc = s.locations;
  return { scriptId: loc.scriptId[r], line: loc.line[r], column: loc.column[r] };
}

/** `system / SharedFunctionInfo / foo` → `system / SharedFunctionInfo`; `system / Context / scope @7` → `system / Context`. */
export function systemGroupName(name: string): string {
  const second = name.indexOf(" / ", 9);
  return second < 0 ? name : name.slice(0, second);
}

/**
 * Whether V8 keeps this object in dictionary mode (an object used as a map, keys added at run
 * time): its properties then live in a hash table the snapshot calls `(object properties)`.
 */
export function isDictionaryMode(s: HeapSnapshot, codes: TypeCodes, node: number): boolean {
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (
      s.edgeType[e] === codes.edgeInternal &&
      s.strings.equals(s.edgeNameOrIndex[e], "properties") &&
      s.strings.equals(s.nodeName[s.edgeTo[e]], "(object properties)")
    ) return true;
  }
  return false;
}

/**
 * Builds a plain object's shape name from its property edge names, `{type, user, content}`;
 * `Object (dictionary)` for one V8 keeps as a hash table.
 */
export function shapeName(s: HeapSnapshot, codes: TypeCodes, node: number): string {
  // An object used as a map (V8's dictionary mode) has no stable shape: its keys are data.
  if (isDictionaryMode(s, codes, node)) return "Object (dictionary)";
  let out = "{";
  let first = true;
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (s.edgeType[e] !== codes.edgeProperty) continue;
    const name = s.strings.get(s.edgeNameOrIndex[e]);
    if (name === "__proto__") continue;
    const piece = first ? name : ", " + name;
    if (out.length + piece.length > MAX_SHAPE_LENGTH) {
      out += ", …";
      break;
    }
    out += piece;
    first = false;
  }
  return first ? "Object" : out + "}";
}

/**
 * Assigns every node of a snapshot to a group. `groupOf` (node-count long, every element
 * overwritten) is reused instead of allocating, when given; `cacheRoom`, an idle array, may
 * hold the per-name caches (see {@link nameCaches}).
 */
export function classifyNodes(
  s: HeapSnapshot,
  codes: TypeCodes,
  rows: LocationRows,
  groupOf: PerNodeIndex = new Uint32Array(s.nodeCount),
  cacheRoom?: Uint32Array,
): GroupTable {
  const table: GroupTable = { keys: [], names: [], kinds: [], locations: [], groupOf };
  const byKey = new Map<string, number>();
  const group = (key: string, name: string, kind: GroupKind, loc?: GeneratedLocation) => {
    let g = byKey.get(key);
    if (g === undefined) {
      g = table.keys.length;
      table.groupOf = widenedIndex(table.groupOf, g);
      byKey.set(key, g);
      table.keys.push(key);
      table.names.push(name);
      table.kinds.push(kind);
      table.locations.push(loc);
    }
    return g;
  };
  // Most nodes are grouped by (type, name string) alone: cache that to skip string building.
  const simpleCache = new Map<number, number>();
  // In front of it, per name string index: the last (type, group) seen, so the usual hit is
  // two typed-array reads instead of a Map lookup (group + 1; 0 = nothing cached yet).
  const caches = nameCaches(s.strings.length, cacheRoom);
  const [lastSimpleGroup, lastClassRow, lastClassGroup] = caches.wide;
  const lastSimpleType = caches.narrow;
  // Per constructor name string index: the location row and group of the last class seen
  // (row + 1; 0 = none yet).
  // The same for closures (a function and a class may share a name string), in Maps: far
  // fewer function names than strings, and arrays sized by the string count would cost more
  // to allocate than they save on heaps with few closures.
  const lastClosure = new Map<number, { row: number; group: number }>();
  const unlocatedClosureGroup = new Map<number, number>();
  // Plain objects with the same hidden class (their internal "map" edge) have the same
  // properties in the same order, so the same shape: built once per map node. The edge name
  // is one string index (V8 writes each string once), found on the first plain object.
  let mapEdgeName = -1;
  const shapeGroupByMap = new Map<number, number>();
  const types = s.meta.nodeTypes;
  // Strings and numbers are grouped by type alone; their name is their value (millions of
  // distinct ones), so they must not go through the per-name cache.
  const byTypeOnly = new Int32Array(types.length).fill(-1);
  for (
    const t of [codes.string, codes.concatString, codes.slicedString, codes.number, codes.bigint]
  ) {
    if (t < 0) continue;
    const [name, kind] = simpleGroup("", t, codes, types);
    byTypeOnly[t] = group(kind + " " + name, name, kind);
  }
  for (let i = 0; i < s.nodeCount; i++) {
    const t = s.nodeType[i];
    const fixed = byTypeOnly[t];
    if (fixed >= 0) {
      table.groupOf[i] = fixed;
      continue;
    }
    const nameIdx = s.nodeName[i];
    if (t === codes.closure) {
      // Closures made by one function literal share its name and location: the usual hit.
      const row = rows.of(i);
      if (row >= 0) {
        const last = lastClosure.get(nameIdx);
        if (last !== undefined && sameLocation(s, last.row, row)) {
          table.groupOf[i] = last.group;
          continue;
        }
      } else {
        const known = unlocatedClosureGroup.get(nameIdx);
        if (known !== undefined) {
          table.groupOf[i] = known;
          continue;
        }
      }
      const raw = s.strings.get(nameIdx);
      const name = raw ? `${raw}()` : "(anonymous)";
      const loc = nodeLocation(s, rows, i);
      const key = loc
        ? `closure ${name} @${loc.scriptId}:${loc.line}:${loc.column}`
        : `closure ${name}`;
      const g = group(key, name, "user", loc);
      if (row >= 0) lastClosure.set(nameIdx, { row, group: g });
      else unlocatedClosureGroup.set(nameIdx, g);
      table.groupOf[i] = g;
      continue;
    }
    if (t === codes.object && s.strings.equals(nameIdx, "Object")) {
      let map = -1;
      for (let e = s.firstEdge[i], end = s.firstEdge[i + 1]; e < end; e++) {
        if (s.edgeType[e] !== codes.edgeInternal) continue;
        const name = s.edgeNameOrIndex[e];
        if (mapEdgeName < 0 && s.strings.equals(name, "map")) mapEdgeName = name;
        if (name === mapEdgeName) {
          map = s.edgeTo[e];
          break;
        }
      }
      let g = map >= 0 ? shapeGroupByMap.get(map) : undefined;
      if (g === undefined) {
        const name = shapeName(s, codes, i);
        g = group("object " + name, name, "user");
        if (map >= 0) shapeGroupByMap.set(map, g);
      }
      table.groupOf[i] = g;
      continue;
    }
    // Class instances: grouped by constructor name *and* where the class is defined, like
    // DevTools (a program's `Request` is not Deno's). Instances of one class share the
    // location, so a per-name "last seen" entry almost always hits.
    const row = rows.of(i);
    if (t === codes.object && row >= 0) {
      const loc = s.locations;
      const last = lastClassRow[nameIdx] - 1;
      if (last >= 0 && sameLocation(s, last, row)) {
        table.groupOf[i] = lastClassGroup[nameIdx];
        continue;
      }
      const raw = s.strings.get(nameIdx);
      if (!raw.startsWith("system /")) {
        const where = { scriptId: loc.scriptId[row], line: loc.line[row], column: loc.column[row] };
        const g = group(
          `object ${raw} @${where.scriptId}:${where.line}:${where.column}`,
          raw,
          "user",
          where,
        );
        lastClassRow[nameIdx] = row + 1;
        lastClassGroup[nameIdx] = g;
        table.groupOf[i] = g;
        continue;
      }
    }
    if (lastSimpleGroup[nameIdx] !== 0 && lastSimpleType[nameIdx] === t) {
      table.groupOf[i] = lastSimpleGroup[nameIdx] - 1;
      continue;
    }
    const cacheKey = nameIdx * 32 + t;
    let g = simpleCache.get(cacheKey);
    if (g === undefined) {
      const [name, kind] = simpleGroup(s.strings.get(nameIdx), t, codes, types);
      g = group(kind + " " + name, name, kind);
      simpleCache.set(cacheKey, g);
    }
    lastSimpleGroup[nameIdx] = g + 1;
    lastSimpleType[nameIdx] = t;
    table.groupOf[i] = g;
  }
  // Caches sized by the string count (millions in big heaps): freed now, not at the next GC.
  caches.release();
  return table;
}

/** Whether two rows of the `locations` table name the same script position. */
function sameLocation(s: HeapSnapshot, a: number, b: number): boolean {
  const loc = s.locations;
  return loc.scriptId[a] === loc.scriptId[b] && loc.line[a] === loc.line[b] &&
    loc.column[a] === loc.column[b];
}

/** Name and kind for nodes that are grouped by their type and name alone. */
function simpleGroup(
  raw: string,
  t: number,
  codes: TypeCodes,
  types: string[],
): [string, GroupKind] {
  if (raw.startsWith("system / ")) return [systemGroupName(raw), "internal"];
  switch (t) {
    case codes.object:
      return [raw || "(object)", "user"];
    case codes.string:
    case codes.concatString:
    case codes.slicedString:
      return ["(string)", "user"];
    case codes.number:
      return ["(number)", "user"];
    case codes.bigint:
      return ["(bigint)", "user"];
    case codes.regexp:
      return ["(regexp)", "user"];
    case codes.code:
      return ["(compiled code)", "internal"];
    case codes.array:
      return [raw ? `(${raw.replace(/^\(|\)$/g, "")})` : "(internal array)", "internal"];
    case codes.hidden:
      return ["(system)", "internal"];
    case codes.symbol:
      return ["(symbol)", "internal"];
    case codes.objectShape:
      return ["(object shape)", "internal"];
    case codes.synthetic:
      return [raw || "(synthetic)", "internal"];
    case codes.native:
      return [raw ? `(native) ${raw}` : "(native)", "internal"];
    default:
      return [raw || `(${types[t] ?? "unknown"})`, "internal"];
  }
}
