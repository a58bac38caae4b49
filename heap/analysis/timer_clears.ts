/**
 * Where the program clears a timer it keeps (`clearInterval(this.#ticker)` for
 * `this.#ticker ??= setInterval(…)`), and whether that clear is undone: the function that
 * clears it then reaches the code that arms it again (a getter that starts the timer on first
 * read, read once more for the wrap-up), so every cleared timer is replaced by one nobody clears.
 *
 * @module
 */

import type { SourceStatement } from "../report.ts";
import {
  enclosingFunction,
  escapeRegExp,
  isComment,
  linesAt,
  linesMatching,
  matchLocation,
  quote,
  splitArguments,
} from "./source_text.ts";

/** What a timer's arming statement stores it in: `this.#ticker` of `this.#ticker ??= setInterval(`. */
export function timerStore(add: string): string | undefined {
  return /((?:this\.)?#?[\w$]+(?:\.#?[\w$]+)*)\s*(?:\?\?|\|\|)?=\s*set(?:Interval|Timeout)\b/
    .exec(add)?.[1];
}

/** The program's `clearInterval(store)` / `clearTimeout(store)` lines, in source order. */
export function findTimerClears(
  sources: [string, string][],
  add: SourceStatement,
  limit = 2,
): SourceStatement[] {
  const store = timerStore(add.text);
  if (store === undefined) return [];
  const clear = new RegExp(
    String.raw`\bclear(?:Interval|Timeout)\s*\(\s*${escapeRegExp(store)}\s*[),]`,
  );
  return linesMatching(sources, clear, limit);
}

/**
 * The line after `clear`, in its function, that reaches the function arming the timer again:
 * a read of the getter that arms it (`this.live`), or a call of the method (`this.ensure()`).
 * Only for a timer: `add` arms one and `clear` clears one (a Map's `delete` followed by a
 * call of the class's `add()` re-files an entry, which is no timer left running).
 */
export function rearmedAfterClear(
  sources: [string, string][],
  add: SourceStatement,
  clear: SourceStatement,
): SourceStatement | undefined {
  if (!/\bset(?:Interval|Timeout)\s*\(/.test(add.text)) return undefined;
  if (!/\bclear(?:Interval|Timeout)\s*\(/.test(clear.text)) return undefined;
  const arming = enclosingFunction(sources, add.location);
  const clearing = enclosingFunction(sources, clear.location);
  const lines = linesAt(sources, clear.location);
  if (!arming || !clearing || !lines || arming.line === clearing.line) return undefined;
  const opener = arming.text.split("\n")[0];
  const name = escapeRegExp(arming.name);
  const getter = new RegExp(String.raw`^\s*(?:static\s+)?get\s+#?${name}\s*\(`).test(opener);
  const reaches = getter
    ? new RegExp(String.raw`\.\s*#?${name}\b(?!\s*(?:=[^=]|\())`)
    : new RegExp(String.raw`\.\s*#?${name}\s*\(`);
  const end = clearing.line - 1 + clearing.text.split("\n").length;
  for (let i = clear.location.line; i < end && i < lines.length; i++) {
    const m = reaches.exec(lines[i]);
    if (m && !isComment(lines[i])) {
      return { location: matchLocation(clear.location.url, i, m), text: quote(lines[i]) };
    }
  }
  return undefined;
}

/**
 * The program's calls that clear what a runtime factory call keeps (`performance.clearMarks(…)`
 * for `performance.mark(…)`), in source order.
 */
export function findFactoryClears(
  sources: [string, string][],
  receiver: string,
  method: string,
  limit = 2,
): SourceStatement[] {
  const clear = new RegExp(
    String.raw`(?:^|[^\w$.])${escapeRegExp(receiver)}\s*\.\s*clear${
      escapeRegExp(method[0]?.toUpperCase() + method.slice(1))
    }s?\s*\(`,
  );
  return linesMatching(sources, clear, limit);
}

/** The first argument of `receiver.method(` in a line, as written (`startMark`), if any. */
export function firstArgument(text: string, call: RegExp): string | undefined {
  const m = call.exec(text);
  if (!m) return undefined;
  return splitArguments(text.slice(m.index + m[0].length))?.[0]?.trim() || undefined;
}
