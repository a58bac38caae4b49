/**
 * What each node is to the leak analysis: the program's data (objects, closures, scopes,
 * strings, buffers), a store that belongs to the object above it (an array's elements, a
 * Map's hash table, a promise's reaction record, a module cell), or machinery that never
 * holds the program's data (compiled code, hidden classes, the synthetic roots).
 *
 * Counting "entries" and "new objects" only over data nodes, and looking through stores to
 * the object that owns them, makes an array whose backing store V8 reallocated, a Map whose
 * table grew, and a dictionary object read the same way: as one holder with entries.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { findName } from "./names.ts";

/** Not data and not a store: compiled code, hidden classes, synthetic roots. Never entered. */
export const KIND_SKIP = 0;
/** The program's data: counted as entries and as new objects. */
export const KIND_DATA = 1;
/** A store owned by the object that points at it: looked through, never counted itself. */
export const KIND_STORE = 2;
/** A scope (V8 context): data, and the holder of a function's or module's variables. */
export const KIND_SCOPE = 3;
/**
 * A boxed number: data (its bytes count), but never an entry. The same value is a small
 * integer without a node in one snapshot and a heap number in the next, so counting it would
 * make any Map of prices "grow" as they change.
 */
export const KIND_NUMBER = 4;

/** Native `system / …` nodes that hold the program's data for an object above them. */
const STORE_NATIVES = [
  "system / PropertyArray",
  "system / PromiseReaction",
  // An async generator's queue of next() calls not yet answered: each holds its promise.
  "system / AsyncGeneratorRequest",
  "system / Cell",
  "system / ContextCell",
  "system / PropertyCell",
  // A FinalizationRegistry's cells: each holds its held value (its target only weakly).
  "system / WeakCell",
];

/**
 * Whether a node name is a V8 scope's (`system / Context`, `system / Context / scope @12`), not a
 * `system / ContextCell` (V8's box for a reassigned `let` a closure captured: a store of its
 * value).
 */
export function isScopeName(name: string): boolean {
  return name === "system / Context" || name.startsWith("system / Context /");
}

/** {@link isScopeName} on a string table's entry, without decoding it. */
export function isScopeString(str: HeapSnapshot["strings"], k: number): boolean {
  return str.equals(k, "system / Context") || str.startsWith(k, "system / Context /");
}

/**
 * Per node: one of the `KIND_*` codes. Strings are classified once by index, then nodes by
 * (type, name class), so this is one pass over the nodes.
 */
export function nodeKinds(s: HeapSnapshot, codes: TypeCodes): Uint8Array {
  const kinds = new Uint8Array(s.nodeCount);
  // Per name string, classified when a node first uses it (0 = not yet): 1 = no `system /`
  // prefix, 2 = `system / Context…`, 3 = a store native, 4 = another `system / …`. The only
  // object-typed `system / …` nodes that hold program data are scopes.
  const PLAIN = 1, SYS_CONTEXT = 2, SYS_STORE = 3, SYS_OTHER = 4;
  const sys = new Uint8Array(s.strings.length);
  const str = s.strings;
  const classOf = (k: number): number => {
    let c = sys[k];
    if (c !== 0) return c;
    if (!str.startsWith(k, "system / ")) c = PLAIN;
    else if (isScopeString(str, k)) c = SYS_CONTEXT;
    else if (STORE_NATIVES.some((n) => str.equals(k, n) || str.startsWith(k, n + " "))) {
      c = SYS_STORE;
    } else c = SYS_OTHER;
    return sys[k] = c;
  };
  const dataTypes = new Uint8Array(s.meta.nodeTypes.length);
  for (
    const t of [
      codes.closure,
      codes.string,
      codes.concatString,
      codes.slicedString,
      codes.regexp,
      codes.bigint,
      codes.symbol,
    ]
  ) if (t >= 0) dataTypes[t] = 1;
  // An ArrayBuffer's bytes outside the JS heap: data (a leak of buffers is counted in them).
  const bufferDataName = findName(s, "system / JSArrayBufferData");
  // A Proxy is the program's object as the program sees it: its target and handler are data.
  const proxyName = findName(s, "system / JSProxy");
  // A realm's native context holds its builtins, whatever object points at it (a
  // FinalizationRegistry keeps the one it was made in): never a store of that object's data.
  const nativeContextName = findName(s, "system / NativeContext");
  for (let i = 0; i < s.nodeCount; i++) {
    const t = s.nodeType[i];
    if (s.nodeName[i] === proxyName && proxyName >= 0) {
      kinds[i] = KIND_DATA;
    } else if (t === codes.object) {
      const name = s.nodeName[i];
      const c = sys[name] || classOf(name);
      kinds[i] = c === PLAIN ? KIND_DATA : c === SYS_CONTEXT ? KIND_SCOPE : KIND_SKIP;
    } else if (dataTypes[t] === 1) {
      kinds[i] = KIND_DATA;
    } else if (t === codes.number) {
      // Small integers appear as zero-size pseudo-nodes in some snapshots: not allocations.
      kinds[i] = s.nodeSelfSize[i] > 0 ? KIND_NUMBER : KIND_SKIP;
    } else if (t === codes.array || t === codes.hidden) {
      kinds[i] = s.nodeName[i] === nativeContextName && nativeContextName >= 0
        ? KIND_SKIP
        : KIND_STORE;
    } else if (t === codes.native) {
      const name = s.nodeName[i];
      kinds[i] = name === bufferDataName
        ? KIND_DATA
        : classOf(name) === SYS_STORE
        ? KIND_STORE
        : KIND_SKIP;
    }
  }
  return kinds;
}

/** Whether a node of this kind is the program's data (scopes and numbers included). */
export function isData(kind: number): boolean {
  return kind === KIND_DATA || kind === KIND_SCOPE || kind === KIND_NUMBER;
}

/** Whether a node of this kind counts as a holder's entry (data, but not a number). */
export function isEntry(kind: number): boolean {
  return kind === KIND_DATA || kind === KIND_SCOPE;
}

/**
 * Per node type: 1 when its nodes can hold entries that come and go — objects, closures,
 * native objects. A string's parts and a number's value are fixed when it is made, so strings
 * and numbers never grow and are not counted or searched as holders.
 */
export function holderTypes(s: HeapSnapshot, codes: TypeCodes): Uint8Array {
  const out = new Uint8Array(s.meta.nodeTypes.length);
  for (const t of [codes.object, codes.closure, codes.native]) if (t >= 0) out[t] = 1;
  return out;
}
