/**
 * Likely causes recognised on hot lines. One kind for now: an array searched from start to end
 * (`find`, `includes`, `indexOf`, …; not `filter` or `map`, which are meant to visit every
 * item) on a line where a function spends much of its time — run
 * inside a loop over another collection, that is O(n·m) work an index (a Map or Set by the
 * key) makes O(n). The engine does not see the loop; the advice says what to check.
 *
 * @module
 */

import type { CpuHint, HotFunction } from "./report.ts";

/** A call that scans an array (or string) from its start on every call. */
const LINEAR_SEARCH =
  /\.(find|findIndex|findLast|findLastIndex|includes|indexOf|lastIndexOf|some)\s*\(/;

/** A function must hold this share of the busy samples for its lines to be read for hints. */
const MIN_FUNCTION_SHARE = 0.05;
/** …and the line this share of the function's own samples. */
const MIN_LINE_SHARE = 0.25;

/**
 * Hints for `functions` (with their lines and, for callbacks, the code where they are
 * defined): one per source line, in the order the functions come.
 */
export function linearSearchHints(
  functions: { fn: HotFunction; definedAt?: string }[],
): CpuHint[] {
  const hints: CpuHint[] = [];
  const seen = new Set<string>();
  const add = (location: CpuHint["location"], code: string) => {
    const method = LINEAR_SEARCH.exec(code)?.[1];
    if (!method || seen.has(location.display)) return;
    seen.add(location.display);
    hints.push({
      location,
      code,
      advice: `.${method}() scans the whole array on every call; if this runs once per item of ` +
        "another collection the work is O(n·m): keep a Map or Set keyed by what it looks for, " +
        "so each lookup is O(1)",
    });
  };
  for (const { fn, definedAt } of functions) {
    if (fn.kind !== "program" || fn.selfShare < MIN_FUNCTION_SHARE) continue;
    // A callback that is itself hot (`facets.find((f) => …)`): the line that defines it.
    if (definedAt !== undefined && fn.name === "(anonymous)") add(fn.location, definedAt);
    for (const line of fn.lines ?? []) {
      if (line.share >= MIN_LINE_SHARE && line.code !== undefined) add(line.location, line.code);
    }
  }
  return hints;
}
