/**
 * One object as a line of its properties' values, the way a debugger previews it:
 * `{sku: "LAMP-27", dcs: Array, checkedAt: "2026-12-04T03:36:07.116Z"}`. A suspect shows one of
 * its new entries so: what is kept, and values that tell why (an id per request, a timestamp, a
 * number that is a string).
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import type { TypeCodes } from "../graph/model.ts";
import { edgeTarget } from "./timers.ts";
import { findName } from "./names.ts";
import { formatBytes } from "../format/bytes.ts";

/** Longest preview. */
const MAX_PREVIEW = 160;
/** Longest string value shown. */
const MAX_STRING = 28;
/** Concatenated strings followed this many parts deep at most. */
const MAX_DEPTH = 16;
/** Properties shown at most. */
const MAX_PROPERTIES = 8;

/** The preview of object `node`; undefined when it has no properties the snapshot names. */
export function previewOf(s: HeapSnapshot, codes: TypeCodes, node: number): string | undefined {
  if (s.nodeType[node] === codes.closure) return closurePreview(s, codes, node);
  const parts: string[] = [];
  let more = false;
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (s.edgeType[e] !== codes.edgeProperty) continue;
    const name = s.strings.get(s.edgeNameOrIndex[e]);
    if (name === "__proto__") continue;
    if (parts.length === MAX_PROPERTIES) {
      more = true;
      break;
    }
    parts.push(`${name}: ${valueText(s, codes, s.edgeTo[e])}`);
  }
  if (!parts.length) return undefined;
  const cls = s.strings.get(s.nodeName[node]);
  let text = `${cls === "Object" ? "" : `${cls} `}{${parts.join(", ")}${more ? ", …" : ""}}`;
  if (text.length > MAX_PREVIEW) text = text.slice(0, MAX_PREVIEW - 2) + "…}";
  return text;
}

/**
 * A function as what its own scope keeps: `handle() over {url: URL, resolve: resolve(), …}` (the
 * variables it closes over that its scope holds, not the enclosing scopes every such function
 * shares); undefined when it closes over nothing of its own.
 */
function closurePreview(s: HeapSnapshot, codes: TypeCodes, node: number): string | undefined {
  const ctx = edgeTarget(s, codes.edgeInternal, node, findName(s, "context"));
  if (ctx < 0) return undefined;
  const parts: string[] = [];
  let more = false;
  for (let e = s.firstEdge[ctx], end = s.firstEdge[ctx + 1]; e < end; e++) {
    if (s.edgeType[e] !== codes.edgeContext) continue;
    const name = s.strings.get(s.edgeNameOrIndex[e]);
    if (name === "this" || name.startsWith(".")) continue;
    if (parts.length === MAX_PROPERTIES) {
      more = true;
      break;
    }
    parts.push(`${name}: ${valueText(s, codes, s.edgeTo[e])}`);
  }
  if (!parts.length) return undefined;
  const fn = s.strings.get(s.nodeName[node]) || "anonymous";
  let text = `${fn}() over {${parts.join(", ")}${more ? ", …" : ""}}`;
  if (text.length > MAX_PREVIEW) text = text.slice(0, MAX_PREVIEW - 2) + "…}";
  return text;
}

/** Properties whose values are strings that {@link textProperties} lists at most. */
const MAX_TEXT_PROPERTIES = 24;

/**
 * The names of object `node`'s properties whose values are strings (`sweptAt` holding
 * "2025-06-12T10:00:00Z"): a test that compares one with a number is never true.
 */
export function textProperties(s: HeapSnapshot, codes: TypeCodes, node: number): string[] {
  const out: string[] = [];
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (s.edgeType[e] !== codes.edgeProperty || out.length === MAX_TEXT_PROPERTIES) continue;
    if (stringText(s, codes, s.edgeTo[e], 1, true) === undefined) continue;
    out.push(s.strings.get(s.edgeNameOrIndex[e]));
  }
  return out;
}

/** A property's value: a string's text (cut), an object's first property names, else its kind. */
function valueText(s: HeapSnapshot, codes: TypeCodes, node: number): string {
  const t = s.nodeType[node];
  const name = s.strings.get(s.nodeName[node]);
  const text = stringText(s, codes, node, MAX_STRING, true);
  // A slice keeps the whole string it was cut from: how big that is.
  const parent = slicedParent(s, codes, node);
  const of = parent >= 0 && s.nodeSelfSize[parent] >= KEPT_WHOLE
    ? `part of a ${formatBytes(s.nodeSelfSize[parent])} string`
    : undefined;
  if (text !== undefined) {
    const shown = JSON.stringify(
      text.length >= MAX_STRING ? text.slice(0, MAX_STRING - 1) + "…" : text,
    );
    return of ? `${shown} (${of})` : shown;
  }
  if (of) return `(${of})`;
  if (t === codes.number) return "number";
  const oddball = oddballValue(s, codes, node);
  if (oddball !== undefined) return oddball;
  if (t === codes.closure) return `${name || "anonymous"}()`;
  if (t === codes.array) return "(array)";
  if (t === codes.object && name === "Object") return `{${propertyNames(s, codes, node)}}`;
  // A typed array or Buffer keeps its whole buffer, however little of it it views.
  const buffer = t === codes.object ? bufferBytes(s, codes, node) : 0;
  if (buffer >= KEPT_WHOLE) return `${name} (buffer ${formatBytes(buffer)})`;
  if (t === codes.object || t === codes.native) return name;
  return `(${s.meta.nodeTypes[t]})`;
}

/** Smallest string or buffer behind a slice or view that a preview says the size of. */
const KEPT_WHOLE = 1024;

/** The bytes of the ArrayBuffer a typed array, Buffer or DataView views (its backing store). */
function bufferBytes(s: HeapSnapshot, codes: TypeCodes, node: number): number {
  const buffer = edgeTarget(s, codes.edgeInternal, node, findName(s, "buffer"));
  if (buffer < 0) return 0;
  const store = edgeTarget(s, codes.edgeInternal, buffer, findName(s, "backing_store"));
  return store < 0 ? 0 : s.nodeSelfSize[store];
}

/** What stands for a part of a string whose text the snapshot does not keep (a slice's). */
const UNKNOWN_PART = "…";

/**
 * A string's text, at least `want` characters of it when it is that long: a concatenated
 * string's is its parts' (`first`, `second`), which the snapshot names instead of itself.
 * Undefined for what is not a string, or whose text the snapshot does not keep; with
 * `partial`, a concatenation's unknown parts read `…` (`"erp.example;…;DOCVIEW"`) as long as
 * one part is known.
 */
export function stringText(
  s: HeapSnapshot,
  codes: TypeCodes,
  node: number,
  want: number,
  partial = false,
): string | undefined {
  const text = partsText(s, codes, node, want, partial, 0);
  return text === undefined || (partial && text.replaceAll(UNKNOWN_PART, "") === "")
    ? undefined
    : text;
}

function partsText(
  s: HeapSnapshot,
  codes: TypeCodes,
  node: number,
  want: number,
  partial: boolean,
  depth: number,
): string | undefined {
  const t = s.nodeType[node];
  if (t === codes.string) return s.strings.get(s.nodeName[node]);
  const unknown = partial && depth > 0 ? UNKNOWN_PART : undefined;
  if (t === codes.slicedString) return slicedText(s, codes, node) ?? unknown;
  // A string built by `log += line` nests as deep as its lines: past a few levels, unknown.
  if (t !== codes.concatString || depth === MAX_DEPTH) return unknown;
  let out = "";
  for (const part of ["first", "second"]) {
    if (out.length >= want) break;
    const child = edgeTarget(s, codes.edgeInternal, node, findName(s, part));
    const text = child < 0
      ? unknown
      : partsText(s, codes, child, want - out.length, partial, depth + 1);
    if (text === undefined) return undefined;
    // Two unknown parts in a row read as one.
    out += text === UNKNOWN_PART && out.endsWith(UNKNOWN_PART) ? "" : text;
  }
  return out;
}

/** V8 makes a sliced string only for a substring at least this long (`SlicedString::kMinLength`). */
const MIN_SLICE = 13;

/** Longest parent whose one long token is taken for a slice of it (a URL, a header, a small body). */
const MAX_SLICED_FROM = 512;

/** What ends a token of a sliced string's parent: URL, query, JSON and text separators. */
const SEPARATORS = /[/?&=#"'`\s,;{}[\]()<>|\\]+/;

/**
 * A sliced string's text, which the snapshot does not keep (only its `parent`, not where in it
 * the slice starts or how long it is): the parent's one token as long as a slice must be (an
 * id taken from a path or a small JSON body: `gw-7276ff0001` of
 * `…/gateways/gw-7276ff0001/uplinks`). Undefined when a short parent has none or several, or
 * the parent is long.
 */
export function slicedText(s: HeapSnapshot, codes: TypeCodes, node: number): string | undefined {
  const parent = slicedParent(s, codes, node);
  if (parent < 0 || s.nodeType[parent] !== codes.string) return undefined;
  const text = s.strings.get(s.nodeName[parent]);
  // In a long text (a page, a file), one long token says little about where a slice is.
  if (text.length > MAX_SLICED_FROM) return undefined;
  const tokens = new Set(
    text.split(SEPARATORS)
      .map((p) => p.replace(/^:+|:+$/g, ""))
      .filter((p) => p.length >= MIN_SLICE),
  );
  return tokens.size === 1 ? [...tokens][0] : undefined;
}

/** The string a sliced string is a part of, or -1. */
export function slicedParent(s: HeapSnapshot, codes: TypeCodes, node: number): number {
  return s.nodeType[node] === codes.slicedString
    ? edgeTarget(s, codes.edgeInternal, node, findName(s, "parent"))
    : -1;
}

/**
 * `true`, `false`, `null`, `undefined` for V8's oddballs: Deno's V8 names each by its value
 * (a `native` node `true`), Node 20's names all alike (`system / Oddball`) with their string
 * form as their first internal value.
 */
export function oddballValue(
  s: HeapSnapshot,
  codes: TypeCodes,
  node: number,
): string | undefined {
  const name = s.strings.get(s.nodeName[node]);
  if (s.nodeType[node] === codes.native && ODDBALLS.test(name)) return name;
  if (name !== "system / Oddball") return undefined;
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    const to = s.edgeTo[e];
    if (s.edgeType[e] === codes.edgeHidden && s.nodeType[to] === codes.string) {
      const text = s.strings.get(s.nodeName[to]);
      return ODDBALLS.test(text) ? text : undefined;
    }
  }
  return undefined;
}

/** The oddballs whose value a program reads. */
const ODDBALLS = /^(?:true|false|null|undefined)$/;

/** A plain object's first property names: `sku, postcode, …`. */
function propertyNames(s: HeapSnapshot, codes: TypeCodes, node: number): string {
  const names: string[] = [];
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (s.edgeType[e] !== codes.edgeProperty) continue;
    const name = s.strings.get(s.edgeNameOrIndex[e]);
    if (name === "__proto__") continue;
    if (names.length === 3) return `${names.join(", ")}, …`;
    names.push(name);
  }
  return names.join(", ");
}

/**
 * The properties of object `node` whose values are slices of a string of at least
 * {@link KEPT_WHOLE} bytes (a title cut out of a fetched page), and the largest such string's
 * bytes: each slice keeps the whole string it was cut from.
 */
export function slicedFields(
  s: HeapSnapshot,
  codes: TypeCodes,
  node: number,
): { fields: string[]; parentBytes: number } | undefined {
  const fields: string[] = [];
  let parentBytes = 0;
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (s.edgeType[e] !== codes.edgeProperty) continue;
    const parent = slicedParent(s, codes, s.edgeTo[e]);
    if (parent < 0 || s.nodeSelfSize[parent] < KEPT_WHOLE) continue;
    fields.push(s.strings.get(s.edgeNameOrIndex[e]));
    parentBytes = Math.max(parentBytes, s.nodeSelfSize[parent]);
  }
  return fields.length ? { fields, parentBytes } : undefined;
}
