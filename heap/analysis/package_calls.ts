/**
 * Where the program's own code comes in to a package's holder: its call on the object it
 * declared that hands the package something to keep, or of a method that leads, through the
 * package's own calls, to the package's add.
 *
 * @module
 */

import type { SourceLocation, SourceStatement } from "../report.ts";
import { sourceLocation } from "./attribution.ts";
import { isDependencyUrl } from "./script_urls.ts";
import { findCallers } from "./source_lines.ts";
import { enclosingFunction, escapeRegExp, statementAt } from "./source_text.ts";

/** Levels of the package's own calls looked up from its add for the program's way in. */
const CALL_LEVELS = 2;

/** Most function names of the package gathered on the way up. */
const CALL_NAMES = 12;

/**
 * For a package's holder kept in an object the program declares (`ajv._cache`): the program's
 * one call on that object of a method that leads to the package's add, directly or through the
 * package's own calls a level or two up (`ajv.compile(schema)` reaches `_addSchema`, which
 * stores the schema): where the program's own code comes in.
 */
export function programCallInto(
  sources: [string, string][],
  segments: string[],
  add: SourceStatement | undefined,
): SourceStatement | undefined {
  if (!add || segments.length < 2 || !isDependencyUrl(add.location.url)) return undefined;
  const names = new Set<string>();
  let level = [add.location];
  for (let depth = 0; depth <= CALL_LEVELS && level.length && names.size < CALL_NAMES; depth++) {
    const next: SourceLocation[] = [];
    for (const at of level) {
      const name = enclosingFunction(sources, at)?.name;
      if (!name || names.has(name) || !/^[\w$]+$/.test(name)) continue;
      names.add(name);
      if (depth < CALL_LEVELS) {
        next.push(...findCallers(sources, at).filter((c) => isDependencyUrl(c.url)));
      }
    }
    level = next;
  }
  if (!names.size) return undefined;
  return onlyProgramCall(sources, segments, [...names].map(escapeRegExp).join("|"));
}

/** Calls that hand an object something it keeps (`ruler.push(…)`, `ruler.before(…)`). */
const HANDING_CALLS =
  "push|unshift|add|set|append|insert|before|after|use|register|on|once|subscribe|listen|attach";

/**
 * For a package's holder (`md.core.ruler.__rules__`): the program's call on the object that
 * owns it (`md.core.ruler.push("mentions", fn)`), the program's own way in, when there is
 * exactly one such line.
 */
export function programHandOver(
  sources: [string, string][],
  segments: string[],
): SourceStatement | undefined {
  if (segments.length < 3) return undefined;
  return onlyProgramCall(sources, segments, HANDING_CALLS);
}

/**
 * The one statement of the program's own code (not a package's) that calls one of `methods`
 * (a regular expression's alternatives) on the object the holder's path `segments` owns.
 */
function onlyProgramCall(
  sources: [string, string][],
  segments: string[],
  methods: string,
): SourceStatement | undefined {
  const owner = segments.slice(0, -1).map(escapeRegExp).join(String.raw`\s*\??\.\s*`);
  const call = new RegExp(String.raw`(?<![\w$.])${owner}\s*\??\.\s*(?:${methods})\s*\(`);
  const found: SourceStatement[] = [];
  for (const [url, text] of sources) {
    if (isDependencyUrl(url)) continue;
    text.split("\n").forEach((line, i) => {
      if (call.test(line)) {
        const at = statementAt(sources, sourceLocation(url, i + 1, line.search(/\S/) + 1));
        if (at) found.push(at);
      }
    });
  }
  return found.length === 1 ? found[0] : undefined;
}
