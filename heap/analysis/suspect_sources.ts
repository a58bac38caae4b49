/**
 * Where a suspect is in the program's source: the call that starts a timer and what the
 * statement stores it in (`conn.heartbeat = setInterval(`), where a timer callback's captured
 * object is made, where the accumulated objects are made (their closures' and classes' lines),
 * and the file a holder's code lives in (its lines win a tie between adding statements).
 *
 * @module
 */

import type { SourceLocation, SourceStatement } from "../report.ts";
import type { SnapshotAnalysis } from "./analyze.ts";
import type { GrowthRecord, NamedPath } from "./growth.ts";
import { displayPath, type SourceResolver } from "./attribution.ts";
import { findDeclarationOf, statementAt } from "./source_text.ts";
import { findSelfCall } from "./source_lines.ts";

/**
 * The call that starts a timer: a call naming its callback (`setTimeout(refresh,`) in the
 * callback's file, else the line at (or just above) an inline callback.
 */
export function timerStatement(
  sources: [string, string][],
  callback: SourceLocation,
  kind: string,
  callbackName: string,
): SourceStatement | undefined {
  const text = sources.find(([url]) => url === callback.url)?.[1];
  if (!text) return undefined;
  const lines = text.split("\n");
  if (/^[\w$]+$/.test(callbackName)) {
    const named = new RegExp(`\\b${kind}\\(\\s*${callbackName}\\b`);
    const l = lines.findIndex((line) => named.test(line));
    if (l >= 0) {
      return statementAt(sources, {
        ...callback,
        line: l + 1,
        display: `${displayPath(callback.url)}:${l + 1}`,
      });
    }
  }
  for (let l = callback.line; l >= Math.max(1, callback.line - 3); l--) {
    if (lines[l - 1]?.includes(`${kind}(`)) {
      return statementAt(sources, {
        ...callback,
        line: l,
        display: `${displayPath(callback.url)}:${l}`,
      });
    }
  }
  return statementAt(sources, callback);
}

/** The target of `conn.heartbeat = setInterval(`: what a timer is stored in, if the line says. */
export function assignedTo(line: string, kind: string): string | undefined {
  // A declaration names a local: each call makes another (`const timer = setInterval(…)`),
  // so it tells nothing of where the pool is kept.
  if (/^(?:const|let|var)\s/.test(line.trim())) return undefined;
  const m = new RegExp(
    `^([\\w$]+(?:\\.[\\w$#]+|\\[[^\\]]*\\])*)\\s*(?::[^=]+)?=\\s*${kind}\\(`,
  ).exec(line.trim());
  return m?.[1];
}

/**
 * Where a timer callback's captured object is made: the first captured variable declared
 * with an object literal or a `new` in the callback's file (`const conn = {`).
 */
export function madeOf(
  sources: [string, string][],
  captured: string[],
  callback: SourceLocation | undefined,
): { made?: { name: string; at: SourceLocation } } {
  if (!callback) return {};
  const text = sources.find(([url]) => url === callback.url)?.[1].split("\n");
  if (!text) return {};
  for (const name of captured) {
    const at = findDeclarationOf(sources, [name], callback.url);
    if (!at || at.url !== callback.url) continue;
    const rest = text[at.line - 1].slice(at.column - 1);
    if (/=\s*(\{|new\s)/.test(rest)) return { made: { name, at } };
  }
  return {};
}

/** Where the program makes what a record accumulated: its closures' and classes' lines. */
export function madeAt(r: GrowthRecord, after: SnapshotAnalysis, resolver: SourceResolver) {
  const out: SourceLocation[] = [];
  for (const [g] of r.regionGroups) {
    const loc = after.groups.locations[g];
    if (loc && !resolver.isRuntime(loc)) out.push(resolver.resolve(loc));
  }
  return out;
}

/** The file the holder's code lives in: its class, the scope's function, or the path's start. */
export function codeUrl(r: GrowthRecord, resolver: SourceResolver): string | undefined {
  const loc = [r.holderLocation, r.ownerLocation, r.path?.rootLocation].find((l) =>
    l && !resolver.isRuntime(l)
  );
  return loc ? resolver.resolve(loc).url : undefined;
}

/** A declared path cut after the first node named `node` (a timer stored, not the timer list). */
export function truncateAt(path: NamedPath, node: string): NamedPath {
  const k = path.steps.findIndex((st, i) => i > 0 && st.node === node);
  return k < 0 ? path : { ...path, steps: path.steps.slice(0, k + 1) };
}

/** Fewest promises chained behind an async function for its recursion to be the suspect. */
const MIN_RECURSION = 10;

/**
 * The async function whose calls chain the record's promises: a suspended one of the program
 * among what the chain keeps (V8's `Generator` of an async function), when it calls itself.
 */
export function asyncRecursion(
  r: GrowthRecord,
  after: SnapshotAnalysis,
  resolver: SourceResolver,
  sources: [string, string][],
) {
  let promises = 0;
  let at: SourceLocation | undefined;
  const frameAt = (g: number) => {
    const loc = after.groups.locations[g];
    if (after.groups.names[g] === "Generator" && loc && !resolver.isRuntime(loc)) {
      at ??= resolver.resolve(loc);
    }
  };
  for (const [g, count] of r.regionGroups) {
    if (after.groups.names[g] === "Promise") promises += count;
    frameAt(g);
  }
  // The call the recursion had reached may have settled since, the chain going on through
  // newer calls: its frame was passed on the way to the kept links.
  for (const g of r.passedFrames ?? []) frameAt(g);
  return at && promises >= MIN_RECURSION ? findSelfCall(sources, at) : undefined;
}

/** Property lists of the plain objects among what the record's entries keep (`{at, user}`). */
export function keptShapes(r: GrowthRecord, after: SnapshotAnalysis): string[][] {
  const out: string[][] = [];
  for (const [g] of r.regionGroups) {
    const m = /^\{(.+)\}$/.exec(after.groups.names[g]);
    if (m) out.push(m[1].split(/,\s*/));
  }
  return out;
}
