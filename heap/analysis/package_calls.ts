/**
 * Where the program's own code comes in to a package's holder: the program's call on the object
 * it declared of a method that leads, through the package's own calls, to the package's add.
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
  const owner = segments.slice(0, -1).map(escapeRegExp).join(String.raw`\s*\??\.\s*`);
  const call = new RegExp(
    String.raw`(?<![\w$.])${owner}\s*\??\.\s*(?:${[...names].map(escapeRegExp).join("|")})\s*\(`,
  );
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
