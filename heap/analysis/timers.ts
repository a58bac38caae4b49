/**
 * The program's active timers: `Timeout` objects (Node's, and Deno's Node-compatible ones
 * behind `setTimeout`/`setInterval`) whose callback is a function and that have not fired or
 * been cleared, keyed by their callback (kind, function name and where it is defined). Keys
 * are stable within one process, so the snapshots of a comparison count the same pool.
 *
 * A `setTimeout` that re-arms itself is a new object each period: a pool is measured by how
 * many of its timers are active, not by which objects are new.
 *
 * @module
 */

import type { HeapSnapshot } from "../graph/snapshot.ts";
import { edgeLabel, type TypeCodes } from "../graph/model.ts";
import { type GeneratedLocation, nodeLocation } from "./classes.ts";
import { findName } from "./names.ts";
import type { LocationRows } from "../graph/location_rows.ts";

/** One active timer. */
export interface ActiveTimer {
  node: number;
  /** Its callback (a closure). */
  callback: number;
  /** The pool it belongs to: kind, callback name and location. */
  key: string;
  repeats: boolean;
}

/** What a timer pool's callback is. */
export interface TimerInfo {
  kind: "setInterval" | "setTimeout";
  callbackName: string;
  callback?: GeneratedLocation;
  /** Variables the callback's scope holds. */
  captured: string[];
  /** Classes of the objects those variables hold (`AbortSignal`), plain objects aside. */
  capturedClasses: string[];
}

/**
 * Every active timer of a snapshot: a `Timeout`, or a plain object the runtime's timer code
 * built with a `Timeout`'s fields (Deno arms `AbortSignal.timeout()` with one whose class
 * name V8 does not record), known by its first property.
 */
export function activeTimers(s: HeapSnapshot, codes: TypeCodes, rows: LocationRows): ActiveTimer[] {
  const out: ActiveTimer[] = [];
  const timeoutName = findName(s, "Timeout");
  const objectName = findName(s, "Object");
  const names = {
    idleTimeout: findName(s, "_idleTimeout"),
    onTimeout: findName(s, "_onTimeout"),
    repeat: findName(s, "_repeat"),
    destroyed: findName(s, "_destroyed"),
  };
  if (names.idleTimeout < 0 || names.onTimeout < 0) return out;
  for (let i = 0; i < s.nodeCount; i++) {
    if (s.nodeType[i] !== codes.object) continue;
    const name = s.nodeName[i];
    if (name !== timeoutName && !(name === objectName && firstPropertyIs(s, codes, i, names))) {
      continue;
    }
    const cb = edgeTarget(s, codes.edgeProperty, i, names.onTimeout);
    if (cb < 0 || s.nodeType[cb] !== codes.closure) continue; // cleared: the callback is null
    const destroyed = edgeTarget(s, codes.edgeProperty, i, names.destroyed);
    if (destroyed >= 0 && isOddball(s, destroyed, ["true"])) continue; // fired or cleared
    const repeat = edgeTarget(s, codes.edgeProperty, i, names.repeat);
    // `_repeat`: Node's is null for setTimeout and the interval (a small integer, no edge at
    // all) for setInterval; Deno's is false or true.
    const repeats = repeat < 0 || !isOddball(s, repeat, ["null", "undefined", "false"]);
    const loc = nodeLocation(s, rows, cb);
    const fnName = s.strings.get(s.nodeName[cb]) || "(anonymous)";
    const key = `${
      repeats ? "setInterval" : "setTimeout"
    }:${fnName}@${loc?.scriptId}:${loc?.line}:${loc?.column}`;
    out.push({ node: i, callback: cb, key, repeats });
  }
  return out;
}

/** Whether `node`'s first edge is the property a timer's constructor sets first. */
function firstPropertyIs(
  s: HeapSnapshot,
  codes: TypeCodes,
  node: number,
  names: { idleTimeout: number },
): boolean {
  const e = s.firstEdge[node];
  return e < s.firstEdge[node + 1] && s.edgeType[e] === codes.edgeProperty &&
    s.edgeNameOrIndex[e] === names.idleTimeout;
}

/** Active timers per pool key. */
export function timerCounts(timers: ActiveTimer[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of timers) out[t.key] = (out[t.key] ?? 0) + 1;
  return out;
}

/** What a pool's callback is: kind, name, location and the variables its scope holds. */
export function timerInfo(
  s: HeapSnapshot,
  codes: TypeCodes,
  rows: LocationRows,
  timer: ActiveTimer,
): TimerInfo {
  const cb = timer.callback;
  const captured: string[] = [];
  const capturedClasses = new Set<string>();
  const ctx = edgeTarget(s, codes.edgeInternal, cb, findName(s, "context"));
  if (ctx >= 0) {
    for (let e = s.firstEdge[ctx], end = s.firstEdge[ctx + 1]; e < end; e++) {
      if (s.edgeType[e] !== codes.edgeContext) continue;
      const name = edgeLabel(s, codes, e);
      if (!name.startsWith(".") && name !== "this") captured.push(name);
      const value = s.edgeTo[e];
      const cls = s.strings.get(s.nodeName[value]);
      if (s.nodeType[value] === codes.object && /^[\w$]+$/.test(cls) && cls !== "Object") {
        capturedClasses.add(cls);
      }
    }
  }
  const loc = nodeLocation(s, rows, cb);
  return {
    kind: timer.repeats ? "setInterval" : "setTimeout",
    callbackName: s.strings.get(s.nodeName[cb]) || "(anonymous)",
    ...(loc ? { callback: loc } : {}),
    captured,
    capturedClasses: [...capturedClasses],
  };
}

/** Target of `node`'s first edge of `type` named by string index `name`, or -1. */
export function edgeTarget(s: HeapSnapshot, type: number, node: number, name: number): number {
  if (name < 0) return -1;
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (s.edgeType[e] === type && s.edgeNameOrIndex[e] === name) return s.edgeTo[e];
  }
  return -1;
}

/**
 * Whether an oddball is one of `values`: Deno names it (`true`, `null`); Node 20 names every
 * oddball `system / Oddball` with an edge to its string form.
 */
export function isOddball(s: HeapSnapshot, node: number, values: string[]): boolean {
  const name = s.strings.get(s.nodeName[node]);
  if (values.includes(name)) return true;
  if (name !== "system / Oddball") return false;
  for (let e = s.firstEdge[node], end = s.firstEdge[node + 1]; e < end; e++) {
    if (values.includes(s.strings.get(s.nodeName[s.edgeTo[e]]))) return true;
  }
  return false;
}
