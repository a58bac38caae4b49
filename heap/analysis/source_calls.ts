/**
 * What the callers of a function hand it: a removal that deletes one of its function's
 * parameters (`set.delete(handler)` in `off(type, handler)`) is decided by the calls — a
 * function made at the call (`this.#onChange.bind(this)`, an arrow) is a new one each time and
 * never the one that was added; a time handed in (`g.sweep(now)` after `const now =
 * performance.now()`) is the removal's clock.
 *
 * @module
 */

import type { SourceStatement } from "../report.ts";
import { sourceLocation } from "./attribution.ts";
import {
  enclosingFunction,
  escapeRegExp,
  functionOpened,
  isComment,
  quote,
  splitArguments,
} from "./source_text.ts";

/** A line of the program: where it is, quoted. */
export interface CallLine {
  url: string;
  display: string;
  line: number;
  text: string;
}

/** A call of a function with the text of one of its arguments, trimmed. */
export interface HandedArgument {
  call: CallLine;
  argument: string;
  /** The lines of the call's file (to read what the argument was made from). */
  lines: string[];
  /** 0-based line of the call. */
  at: number;
}

/** The parameter names of the function `name` opened in `text` (its first lines), in order. */
export function parameterNames(text: string, name: string): string[] | undefined {
  const open = new RegExp(String.raw`#?${escapeRegExp(name)}\s*(?:<[^()]*>)?\s*\(`).exec(text);
  if (!open) return undefined;
  const args = splitArguments(text.slice(open.index + open[0].length));
  if (!args) return undefined;
  return args.map((a) => /^\s*(?:\.\.\.)?\s*([\w$]+)/.exec(a)?.[1] ?? "").filter((a, i) =>
    a !== "" || i < args.length - 1
  );
}

/**
 * The calls of function `name` (`.name(` for a method, `name(` for a function) that hand it
 * an argument at `index`, comments and definitions left out; in file order.
 */
export function argumentsHanded(
  sources: [string, string][],
  name: string,
  method: boolean,
  index: number,
  limit = 8,
): HandedArgument[] {
  const call = new RegExp(
    method
      ? String.raw`\.\s*#?${escapeRegExp(name)}\s*\(`
      : String.raw`(?:^|[^\w$.])${escapeRegExp(name)}\s*\(`,
    "g",
  );
  const out: HandedArgument[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length && out.length < limit; i++) {
      if (isComment(lines[i]) || functionOpened(lines[i]) === name) continue;
      for (const m of lines[i].matchAll(call)) {
        const args = splitArguments(lines.slice(i, i + 6).join("\n").slice(m.index! + m[0].length));
        const argument = args?.[index]?.trim();
        if (!argument) continue;
        const display = sourceLocation(url, i + 1, 1).display;
        out.push({
          call: { url, display, line: i + 1, text: quote(lines[i]) },
          argument,
          lines,
          at: i,
        });
      }
    }
  }
  return out;
}

/** The function a removal deletes by, when it is one of its function's parameters. */
function removedParameter(
  sources: [string, string][],
  removal: SourceStatement,
): { name: string; method: boolean; index: number } | undefined {
  const deleted = /\.\s*(?:delete|remove|removeListener|off)\s*\(\s*([\w$]+)\s*\)/
    .exec(removal.text)?.[1];
  const fn = enclosingFunction(sources, removal.location);
  if (!deleted || !fn) return undefined;
  const params = parameterNames(fn.text, fn.name);
  const index = params?.indexOf(deleted) ?? -1;
  if (index < 0) return undefined;
  const opener = fn.text.split("\n")[0];
  const method = !new RegExp(String.raw`\bfunction\b|\b${escapeRegExp(fn.name)}\s*=`).test(opener);
  return { name: fn.name, method, index };
}

/** A function made where it is handed on: a new one each time the line runs. */
const FRESH_FUNCTION =
  /^(?:[\w$.#]+\s*\.\s*bind\s*\(|(?:async\s+)?(?:\([^()]*\)|[\w$]+)\s*(?::[^=]+)?=>|(?:async\s+)?function\b)/;

/**
 * A removal by a parameter that a call of its function hands a function made right there
 * (`roleEvents.off("roles-changed", this.#onRolesChanged.bind(this))`): a new function each
 * call, never the one that was added, so nothing is taken out. The removing function's name
 * and that call.
 */
export function freshFunctionRemoval(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): { fn: string; call: CallLine; argument: string } | undefined {
  const removed = removal ? removedParameter(sources, removal) : undefined;
  if (!removed) return undefined;
  const handed = argumentsHanded(sources, removed.name, removed.method, removed.index)
    .find((h) => FRESH_FUNCTION.test(h.argument));
  return handed ? { fn: removed.name, call: handed.call, argument: handed.argument } : undefined;
}

/** `Date.now()`, `performance.now()` (and `new Date()`), as the clock they read. */
const CLOCK = /\b(Date\s*\.\s*now|performance\s*\.\s*now)\s*\(\s*\)|\bnew\s+Date\s*\(\s*\)/;

/**
 * The clock a function's caller hands it as parameter `param` (`g.sweep(now)` after
 * `const now = performance.now()`, or `sweep(Date.now())`): the clock and the line that reads
 * it. Undefined when no call hands it a clock.
 */
export function clockHandedIn(
  sources: [string, string][],
  fn: { name: string; text: string },
  param: string,
): { clock: "Date.now()" | "performance.now()"; line: CallLine } | undefined {
  const params = parameterNames(fn.text, fn.name);
  const index = params?.indexOf(param) ?? -1;
  if (index < 0) return undefined;
  const opener = fn.text.split("\n")[0];
  const method = !new RegExp(String.raw`\bfunction\b|\b${escapeRegExp(fn.name)}\s*=`).test(opener);
  for (const h of argumentsHanded(sources, fn.name, method, index)) {
    let k = h.at;
    let read = CLOCK.exec(h.argument);
    if (!read && /^[\w$]+$/.test(h.argument)) {
      // A variable: the nearest line above the call that gives it a value.
      const assigned = new RegExp(String.raw`\b${escapeRegExp(h.argument)}\s*=[^=]`);
      for (k = h.at; k >= Math.max(0, h.at - 20); k--) {
        if (!assigned.test(h.lines[k])) continue;
        read = CLOCK.exec(h.lines[k].slice(h.lines[k].search(assigned)));
        break;
      }
    }
    if (!read) continue;
    const clock = /performance/.test(read[0]) ? "performance.now()" : "Date.now()";
    const url = h.call.url;
    const line = {
      url,
      display: sourceLocation(url, k + 1, 1).display,
      line: k + 1,
      text: quote(h.lines[k]),
    };
    return { clock, line };
  }
  return undefined;
}
