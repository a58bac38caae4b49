/**
 * How long a call's timer runs, read from the program's source when it is a constant: the
 * argument of `AbortSignal.timeout(JOB_DEADLINE_MS)` or `setTimeout(fn, 30_000)`, a number or
 * a module constant made of numbers (`15 * 60_000`). Snapshots do not record small integers'
 * values unless asked, so the source is where the delay is known.
 *
 * @module
 */

import type { SourceStatement } from "../report.ts";
import { callText, escapeRegExp, splitArguments } from "./source_text.ts";

/** An expression of numbers, `+ - * /` and parentheses only: safe to evaluate. */
const ARITHMETIC = /^[\d_.\s()+\-*/]+$/;

/** The value of a constant arithmetic expression, or undefined. */
export function constantValue(expr: string): number | undefined {
  const text = expr.trim();
  if (!text || !ARITHMETIC.test(text)) return undefined;
  const tokens = text.replace(/(\d)_(?=\d)/g, "$1").match(/\d+(?:\.\d+)?|[()+\-*/]/g) ?? [];
  let at = 0;
  // Recursive descent: sum := product (('+'|'-') product)*, product := unit (('*'|'/') unit)*.
  const unit = (): number => {
    const t = tokens[at++];
    if (t === "(") {
      const v = sum();
      return tokens[at++] === ")" ? v : NaN;
    }
    if (t === "-") return -unit();
    return t !== undefined && /^\d/.test(t) ? Number(t) : NaN;
  };
  const product = (): number => {
    let v = unit();
    while (tokens[at] === "*" || tokens[at] === "/") {
      v = tokens[at++] === "*" ? v * unit() : v / unit();
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[at] === "+" || tokens[at] === "-") {
      v = tokens[at++] === "+" ? v + product() : v - product();
    }
    return v;
  };
  const v = sum();
  return at === tokens.length && Number.isFinite(v) ? v : undefined;
}

/**
 * The milliseconds the `argument`-th argument (0-based) of the call `callee(` on a
 * statement's line gives, when constant: a literal expression, or a name declared `const` in
 * the same file as one.
 */
export function constantArgument(
  sources: [string, string][],
  statement: SourceStatement,
  callee: string,
  argument: number,
): number | undefined {
  const text = sources.find(([url]) => url === statement.location.url)?.[1];
  if (!text) return undefined;
  const lines = text.split("\n");
  const from = statement.location.line - 1;
  const call = callText(lines, from);
  const open = new RegExp(`${escapeRegExp(callee)}\\s*\\(`).exec(call);
  if (!open) return undefined;
  const args = splitArguments(call.slice(open.index + open[0].length));
  const arg = args?.[argument];
  if (arg === undefined) return undefined;
  const literal = constantValue(arg);
  if (literal !== undefined) return literal;
  return /^[\w$]+$/.test(arg.trim()) ? constantNamed(text, arg.trim()) : undefined;
}

/** The value of the constant `name` a source declares (`const JOB_DEADLINE_MS = 15 * 60_000`). */
export function constantNamed(text: string, name: string): number | undefined {
  const decl = new RegExp(
    `(?:^|[^\\w$.])const\\s+${escapeRegExp(name)}\\s*(?::\\s*number\\s*)?=\\s*([^;\\n]+)`,
  ).exec(text);
  return decl ? constantValue(decl[1]) : undefined;
}
