/**
 * Statements that do not do what they read as, found in the program's source — each a reason
 * an add repeats or a removal misses, named in the suspect's fix:
 * - an `in` test of an array (it asks about indices, not values);
 * - `splice(0, i)` whose `i` can be -1 (it takes nothing out);
 * - a removal whose key reads fields the caller has just changed (it looks under the new key),
 *   or a field that overlapping calls overwrite across an `await`, or that computes the key
 *   again when the work ends instead of deleting by the one the entry went in under;
 * - `delete map.key` where `key` is the variable holding the key (a property of that name);
 * - a `case` that falls through into an add of the key it removed;
 * - a removal in a method handed on without its object (`setInterval(this.rotate, ms)`);
 * - a chain of versions each linking the one before (`{ …, prev }`) whose link is read only
 *   one step back (`cur.prev`): every earlier version stays for nothing;
 * - a removal in a function the program never calls;
 * - a copy into a collection nothing empties, from one emptied after (a generation merged);
 * - a field the entries hold as a string compared with a number by `===`, or with a time by
 *   `<` (never equal, never less);
 * - a callback answered at once under an `if` that goes on to queue it anyway, in a queue whose
 *   drain is the only way out.
 *
 * @module
 */

import type { SourceLocation, SourceStatement } from "../report.ts";
import { sourceLocation } from "./attribution.ts";
import { findCallers } from "./source_lines.ts";
import { clockHandedIn, parameterNames } from "./source_calls.ts";
import { keyExpression } from "./source_patterns.ts";
import {
  blockText,
  declarationAbove,
  enclosingFunction,
  enclosingOpener,
  escapeRegExp,
  functionOpened,
  indentation,
  isComment,
  linesAt,
  quote,
  removalCalls,
  splitArguments,
  valueOf,
  variableAdded,
} from "./source_text.ts";

/** A statement found in the source: where it is, quoted. */
export interface QuotedLine {
  display: string;
  line: number;
  text: string;
}

/** Line `k` (0-based) of `url` as a {@link QuotedLine}. */
function quoted(url: string, lines: string[], k: number): QuotedLine {
  return { display: sourceLocation(url, k + 1, 1).display, line: k + 1, text: quote(lines[k]) };
}

/**
 * The `in` test that guards an add to an array (`if (!(model in this.models))
 * this.models.push(…)`): `in` asks whether the array has an index or property of that name,
 * never whether it holds the value, so the guard passes every time and each call adds again.
 */
export function inTestOfArray(
  sources: [string, string][],
  add: SourceStatement | undefined,
): { test: string; line: QuotedLine } | undefined {
  if (!add) return undefined;
  const receiver = /^(?:[\w$]+\s*=\s*)?([\w$.#]+)\s*\.\s*(?:push|unshift)\s*\(/.exec(add.text)?.[1];
  const lines = linesAt(sources, add.location);
  const fn = enclosingFunction(sources, add.location);
  if (!receiver || !lines || !fn) return undefined;
  const test = new RegExp(
    String.raw`(?<!\b(?:const|let|var)\s+)(?<![\w$.])([\w$.]+)\s+in\s+${
      escapeRegExp(receiver)
    }(?![\w$.#])`,
  );
  for (let k = add.location.line - 1; k >= fn.line - 1; k--) {
    if (isComment(lines[k])) continue;
    const m = test.exec(lines[k]);
    if (m) return { test: m[0], line: quoted(add.location.url, lines, k) };
  }
  return undefined;
}

/**
 * A `splice(0, n)` in the removal's function whose count can be -1 (`log.splice(0,
 * firstInWindow(log, cutoff))` with firstInWindow returning -1 when no entry is in the window,
 * or a `findIndex`/`indexOf` result): `splice(0, -1)` takes nothing out, so the case meant to
 * take everything takes none. With the array it splices and the call that can return -1.
 */
export function spliceOfNotFound(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): { array: string; count: string; line: QuotedLine } | undefined {
  if (!removal) return undefined;
  const lines = linesAt(sources, removal.location);
  const fn = enclosingFunction(sources, removal.location);
  if (!lines || !fn) return undefined;
  const splice = /([\w$.#]+)\s*\.\s*splice\s*\(\s*0\s*,\s*(.+?)\s*\)\s*;?\s*$/;
  const end = fn.line - 1 + fn.text.split("\n").length;
  for (let k = fn.line; k < end; k++) {
    const m = splice.exec(lines[k]);
    if (!m || isComment(lines[k])) continue;
    const count = m[2];
    const declared = /^[\w$]+$/.test(count) ? valueOf(lines, k - 1, count) : count;
    if (declared === undefined || !mayBeNotFound(sources, declared)) continue;
    // A variable checked for -1 before the splice is handled.
    if (count !== declared && checksNotFound(lines.slice(fn.line, k).join("\n"), count)) continue;
    return { array: m[1], count, line: quoted(removal.location.url, lines, k) };
  }
  return undefined;
}

/** A call that answers -1 for "not found": `findIndex`, `indexOf`, or a function returning -1. */
function mayBeNotFound(sources: [string, string][], expression: string): boolean {
  if (/\.\s*(?:findIndex|indexOf|findLastIndex|lastIndexOf)\s*\(/.test(expression)) return true;
  const called = /^([\w$]+)\s*\(/.exec(expression.trim())?.[1];
  if (!called) return false;
  const opener = new RegExp(
    String.raw`\bfunction\s+${escapeRegExp(called)}\s*\(|\b${
      escapeRegExp(called)
    }\s*=\s*(?:function\b|\()`,
  );
  for (const [, text] of sources) {
    const lines = text.split("\n");
    const k = lines.findIndex((l) => opener.test(l) && !isComment(l));
    if (k < 0) continue;
    return /\breturn\s+-\s*1\b|\breturn\s+[^;]*\.\s*(?:findIndex|indexOf)\s*\(/.test(
      blockText(lines, k),
    );
  }
  return false;
}

/** Whether `text` tests variable `name` for -1 (`i === -1`, `i < 0`, `i >= 0`). */
function checksNotFound(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(
    String.raw`\b${n}\s*(?:[!=]==?\s*-\s*1|<\s*0|>=\s*0|>\s*-\s*1)|-\s*1\s*[!=]==?\s*${n}\b`,
  ).test(text);
}

/** What {@link movedKeyRemoval} finds. */
export interface MovedKey {
  /** The removing function, its parameter, and the fields its key reads that the caller changes. */
  fn: string;
  param: string;
  fields: string[];
  /** Its caller, and the assignment to one of those fields before the call (`van.lat = lat;`). */
  caller: string;
  assignment: QuotedLine;
}

/**
 * A removal whose function finds the entry from fields of its parameter (`remove(item)`
 * computing `keyFor(item.lat, item.lng)`) called by a function that sets one of those fields
 * on the object just before (`van.lat = lat; … grid.remove(van)`): it looks under the new key,
 * and the entry filed under the old one stays.
 */
export function movedKeyRemoval(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): MovedKey | undefined {
  if (!removal) return undefined;
  const lines = linesAt(sources, removal.location);
  const fn = enclosingFunction(sources, removal.location);
  if (!lines || !fn) return undefined;
  const first = /\(\s*([\w$]+)\s*[:,=)]/.exec(lines[fn.line - 1])?.[1];
  if (!first) return undefined;
  const body = lines.slice(fn.line, removal.location.line).join("\n");
  const read = new RegExp(String.raw`(?<![\w$.])${escapeRegExp(first)}\s*\??\.\s*([\w$]+)`, "g");
  const fields = [...new Set([...body.matchAll(read)].map((m) => m[1]))];
  if (!fields.length) return undefined;
  const call = new RegExp(String.raw`\.\s*${escapeRegExp(fn.name)}\s*\(\s*([\w$]+)\s*[,)]`);
  for (const at of findCallers(sources, removal.location, 12)) {
    const callerLines = linesAt(sources, at);
    const arg = callerLines ? call.exec(callerLines[at.line - 1])?.[1] : undefined;
    const caller = arg ? enclosingFunction(sources, at) : undefined;
    if (!callerLines || !arg || !caller) continue;
    const set = new RegExp(
      String.raw`(?<![\w$.])${escapeRegExp(arg)}\s*\.\s*(${
        fields.map(escapeRegExp).join("|")
      })\s*(?:[-+*/%]?=(?!=)|\+\+|--)`,
      "g",
    );
    const before = callerLines.slice(caller.line, at.line - 1);
    const k = before.findIndex((l) => !isComment(l) && new RegExp(set.source).test(l));
    if (k < 0) continue;
    const changed = new Set(
      before.filter((l) => !isComment(l)).flatMap((l) => [...l.matchAll(set)].map((m) => m[1])),
    );
    return {
      fn: fn.name,
      param: first,
      fields: fields.filter((f) => changed.has(f)),
      caller: caller.name,
      assignment: quoted(at.url, callerLines, caller.line + k),
    };
  }
  return undefined;
}

/** What {@link comparedWithNumber} finds: the entries' field and the number it is compared with. */
export interface TextNumberMismatch {
  /** The entries' property, held as a string (`bib`). */
  field: string;
  /** The other side of the `===` (`entry.bib`). */
  against: string;
  /** The comparison as written (`r.bib === entry.bib`). */
  test: string;
  /** Where the program makes that side a number, when it is not one on its face. */
  madeAt?: QuotedLine;
}

/** One comparison of a property (`issued[0].sweptAt < cutoff`): the property, the other side. */
interface FieldComparison {
  field: string;
  against: string;
  text: string;
}

/** The comparisons by `operators` (a regular expression's alternatives) of a property in `test`. */
function* fieldComparisons(test: string, operators: string): Generator<FieldComparison> {
  const field = String.raw`[\w$.[\]]*\.\s*([\w$]+)`;
  const other = String.raw`([\w$.]+(?:\s*\([^()]*\))?|[+]\s*[\w$.]+)`;
  const compared = new RegExp(
    String.raw`${field}\s*(?:${operators})\s*${other}|${other}\s*(?:${operators})\s*${field}`,
    "g",
  );
  for (const m of test.matchAll(compared)) {
    yield { field: m[1] ?? m[4], against: (m[2] ?? m[3]).trim(), text: m[0].trim() };
  }
}

/**
 * The property of the entries that a removal's condition compares by `<`/`>` with a time
 * while the entries hold a string there (`textFields`): `issued[0].sweptAt < cutoff` with
 * sweptAt an ISO date and `cutoff = Date.now() - WINDOW`, which is never true. Undefined when it
 * compares none of them, or with what may be a string too.
 */
export function comparedAsText(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  textFields: string[] | undefined,
): string | undefined {
  if (!removal || !textFields?.length) return undefined;
  const lines = linesAt(sources, removal.location) ?? [];
  const test = `${removal.within ?? ""}\n${removal.text}`;
  for (const c of fieldComparisons(test, String.raw`[<>]=?(?!=)`)) {
    if (!textFields.includes(c.field)) continue;
    const declared = valueOf(lines, removal.location.line - 1, c.against);
    if (isTime(c.against) || isTime(declared) || timeParameter(sources, removal, c.against)) {
      return c.field;
    }
  }
  return undefined;
}

/**
 * Whether `name` is a parameter of the removal's function that holds a time: its default is a
 * clock read (`sweep(now = Date.now())`), or a caller hands it one.
 */
function timeParameter(
  sources: [string, string][],
  removal: SourceStatement,
  name: string,
): boolean {
  const fn = enclosingFunction(sources, removal.location);
  if (!fn || !/^[\w$]+$/.test(name)) return false;
  const opener = fn.text.slice(0, fn.text.indexOf("{") + 1);
  const withDefault = new RegExp(
    String.raw`[(,]\s*${escapeRegExp(name)}\s*(?::[^=,)]+)?=\s*([^,)]+\))`,
  );
  const given = withDefault.exec(opener)?.[1];
  return isTime(given) || clockHandedIn(sources, fn, name) !== undefined;
}

/** An expression that is a clock reading in milliseconds (`Date.now()`, `Date.now() - WINDOW`). */
function isTime(expression: string | undefined): boolean {
  return expression !== undefined &&
    /^\s*(?:Date\s*\.\s*now\s*\(\s*\)|performance\s*\.\s*now\s*\(\s*\)|[\w$.]+\s*\.\s*getTime\s*\(\s*\))(?:\s*[-+]\s*[\w$.*() ]+)?\s*;?\s*$/
      .test(expression);
}

/**
 * The property of the entries that a removal's test compares by `===` or `!==` with a number
 * while the entries hold a string there (`textFields`): `r.bib === entry.bib` with the runners'
 * bib the URL's text and the entries' `bib: Number(bib)`. A string is never strictly equal to
 * a number, so the removal finds nothing (or a `!==` filter keeps everything). The other side
 * is a number when it is a conversion (`Number(…)`, `parseInt(…)`, `+x`), a variable declared
 * as one, or a property the program's sources set only from a conversion.
 */
export function comparedWithNumber(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  textFields: string[] | undefined,
): TextNumberMismatch | undefined {
  if (!removal || !textFields?.length) return undefined;
  const lines = linesAt(sources, removal.location);
  if (!lines) return undefined;
  const at = removal.location.line - 1;
  // The test may be on a line of its own: the index or flag the removal reads is declared
  // above it (`const i = list.findIndex((r) => r.bib === entry.bib)`).
  const used = [...removal.text.matchAll(/\b[A-Za-z_$][\w$]*\b/g)].map((m) => m[0]);
  const declared = [...new Set(used)].map((name) => valueOf(lines, at - 1, name) ?? "");
  const test = [removal.within ?? "", removal.text, ...declared].join("\n");
  for (const c of fieldComparisons(test, "[!=]==")) {
    if (!textFields.includes(c.field)) continue;
    if (isConversion(c.against) || isConversion(valueOf(lines, at, c.against))) {
      return { field: c.field, against: c.against, test: c.text };
    }
    const property = /^[\w$]+(?:\.[\w$]+)*\.([\w$]+)$/.exec(c.against)?.[1];
    const madeAt = property ? numberSetter(sources, property) : undefined;
    if (madeAt) return { field: c.field, against: c.against, test: c.text, madeAt };
  }
  return undefined;
}

/** A conversion to a number (`Number(id)`, `parseInt(p, 10)`, `+req.params.id`). */
function isConversion(expression: string | undefined): boolean {
  return expression !== undefined &&
    /^\s*(?:(?:Number|parseInt|parseFloat|Number\s*\.\s*parse(?:Int|Float))\s*\(|\+\s*[\w$])/.test(
      expression,
    );
}

/**
 * Where the program sets `property` from a conversion to a number (`bib: Number(bib)`,
 * `this.bib = parseInt(…)`), when every place that sets it from anything but a plain name
 * does so: a property also set from a string or a call of another kind may be either.
 */
function numberSetter(
  sources: [string, string][],
  property: string,
): QuotedLine | undefined {
  const p = escapeRegExp(property);
  const setter = new RegExp(String.raw`(?:[{,]\s*|^\s*)${p}\s*:\s*(.+)|\.${p}\s*=(?!=)\s*(.+)`);
  let found: QuotedLine | undefined;
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let k = 0; k < lines.length; k++) {
      if (isComment(lines[k])) continue;
      const m = setter.exec(lines[k]);
      if (!m) continue;
      const value = m[1] ?? m[2];
      if (isConversion(value)) {
        found ??= quoted(url, lines, k);
      } else if (!/^[\w$.]*$/.test(value.split(/[,;}]/)[0].trim())) return undefined;
    }
  }
  return found;
}

/**
 * Methods the runtime calls on the program's objects (a stream's underlying source, a Node
 * stream's hooks, an event listener object, disposal): a removal in one runs with no call of
 * it in the program.
 */
const RUNTIME_CALLED =
  /^(?:_\w+|start|pull|cancel|transform|flush|write|close|abort|handleEvent|dispose|finalize|connectedCallback|disconnectedCallback|attributeChangedCallback|then|toJSON|constructor)$/;

/**
 * The removal's function when the program never calls it, nor names it anywhere else (passed
 * as a callback, bound): a method or named function that exists and never runs (`remove(entry)`
 * of a vendored context whose callers never hand entries back). Its name and where it opens.
 */
export function uncalledRemoval(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): { fn: string; display: string } | undefined {
  if (!removal) return undefined;
  const fn = enclosingFunction(sources, removal.location);
  const lines = linesAt(sources, removal.location);
  if (!fn || !lines || RUNTIME_CALLED.test(fn.name)) return undefined;
  // A method of an object literal handed to a call is the callee's to run.
  const opener = lines[fn.line - 1];
  if (
    !/\bfunction\b|=>|^\s*(?:(?:static|private|public|protected|override|async|get|set)\s+)*#?[\w$]+\s*\(/
      .test(opener)
  ) return undefined;
  if (/^\s*(?:get|set)\s/.test(opener) || insideCallArgument(lines, fn.line - 1)) return undefined;
  const named = new RegExp(String.raw`(?<![\w$])#?${escapeRegExp(fn.name)}(?![\w$])`);
  for (const [, text] of sources) {
    for (const line of text.split("\n")) {
      if (!named.test(line) || isComment(line) || functionOpened(line) === fn.name) continue;
      return undefined;
    }
  }
  return {
    fn: fn.name,
    display: sourceLocation(removal.location.url, fn.line, 1).display,
  };
}

/** Whether the line at `k` is a member of an object literal that is a call's argument. */
function insideCallArgument(lines: string[], k: number): boolean {
  const own = lines[k].search(/\S/);
  for (let i = k - 1; i >= 0 && i >= k - 200; i--) {
    const l = lines[i];
    if (!l.trim() || isComment(l) || l.search(/\S/) >= own) continue;
    return /\(\s*\{\s*$|,\s*\{\s*$/.test(l) && !/^\s*(?:export\s+)?(?:default\s+)?class\b/.test(l);
  }
  return false;
}

/**
 * A removal whose key comes from a field of the object (`const job = this.activeJob` …
 * `this.spool.delete(job.id)`) that the add's function sets before it awaits (`this.activeJob
 * = job; … await send(…)`): a second call that starts while the first waits overwrites the
 * field, and the first one's entry is never taken out. The field, where it is read and set.
 */
export function sharedFieldRemoval(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): { field: string; read: QuotedLine; set: QuotedLine; adding: string } | undefined {
  if (!add || !removal) return undefined;
  const lines = linesAt(sources, removal.location);
  const removing = enclosingFunction(sources, removal.location);
  const adding = enclosingFunction(sources, add.location);
  const addLines = linesAt(sources, add.location);
  if (!lines || !removing || !adding || !addLines) return undefined;
  const key = /\.\s*(?:delete|splice|remove|off|removeListener)\s*\(\s*([\w$]+)/.exec(removal.text)
    ?.[1];
  if (!key) return undefined;
  const fromField = new RegExp(
    String.raw`\b(?:const|let|var)\s+${escapeRegExp(key)}\s*=\s*this\s*\.\s*(#?[\w$]+)\s*;?\s*$`,
  );
  let read = -1;
  let field: string | undefined;
  for (let k = removal.location.line - 2; k >= removing.line - 1; k--) {
    const m = fromField.exec(lines[k]);
    if (m) {
      read = k;
      field = m[1];
      break;
    }
  }
  if (!field) return undefined;
  const body = blockText(addLines, adding.line - 1).split("\n");
  const sets = new RegExp(String.raw`\bthis\s*\.\s*${escapeRegExp(field)}\s*=(?!=)\s*[\w$]`);
  const k = body.findIndex((l) => sets.test(l) && !isComment(l));
  if (k < 0 || !body.slice(k + 1).some((l) => /\bawait\b/.test(l) && !isComment(l))) {
    return undefined;
  }
  return {
    field,
    read: quoted(removal.location.url, lines, read),
    set: quoted(add.location.url, addLines, adding.line - 1 + k),
    adding: adding.name,
  };
}

/**
 * A removal that computes the key again (`inFlight.delete(keyOf(...args))` in a `.finally`)
 * from the same expression the add's function computed it from before (`const key =
 * keyOf(...args)` … `inFlight.set(key, p)`): when what the key is built from changes in
 * between (a version bumped by the work), it looks under another key. The variable, the
 * expression, where the key was first computed, and what the removal deletes from.
 */
export function recomputedKeyRemoval(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): { key: string; expression: string; computed: QuotedLine; target: string } | undefined {
  if (!add || !removal) return undefined;
  const key = variableAdded(add.text);
  const lines = linesAt(sources, add.location);
  const adding = enclosingFunction(sources, add.location);
  if (!key || !lines || !adding) return undefined;
  const declared = declarationAbove(
    lines,
    add.location.line - 2,
    adding.line - 1,
    key,
    String.raw`([^;]+?)\s*;?`,
  );
  // Only a key computed by a call: a plain read (`req.id`) gives the same key again.
  if (!declared || !/[\w$\])]\s*\(/.test(declared.value)) return undefined;
  const compact = (t: string) => t.replace(/\s+/g, "");
  const wanted = compact(declared.value);
  for (const { receiver, argsAt } of removalCalls(removal.text, ["delete", "remove"])) {
    if (compact(removal.text.slice(argsAt)).startsWith(wanted + ")")) {
      return {
        key,
        expression: declared.value.trim(),
        computed: quoted(add.location.url, lines, declared.at),
        target: receiver,
      };
    }
  }
  return undefined;
}

/**
 * A removal in an iterator's `return()` (what a `for await` / `for of` loop calls when it stops
 * early), where the program iterates that iterator through a wrapper (`map(hub.subscribe(id),
 * fn)`) whose own iterator has `next()` and no `return()`: a `break` calls the wrapper's, which
 * does not exist, so the source's never runs. The wrapper's name, where it is defined, and the
 * line that wraps the source.
 */
export function wrapperWithoutReturn(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): { wrapper: string; defined: SourceLocation; wrapped: QuotedLine } | undefined {
  if (!add || !removal) return undefined;
  const opener = enclosingOpener(sources, removal.location) ?? "";
  if (!/^(?:async\s+)?return\s*\(|^return\s*:/.test(opener)) return undefined;
  const source = enclosingFunction(sources, add.location)?.name;
  if (!source) return undefined;
  const wraps = new RegExp(
    String.raw`(?<![\w$.])([\w$]+)\s*\(\s*(?:[\w$#]+\s*\.\s*)*${escapeRegExp(source)}\s*\(`,
  );
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const wrapper = isComment(lines[i]) ? undefined : wraps.exec(lines[i])?.[1];
      if (!wrapper || wrapper === source) continue;
      const defined = definitionOf(sources, wrapper);
      if (!defined) continue;
      // An async generator's (or generator's) iterator forwards return() itself.
      if (/\bfunction\s*\*/.test(defined.opener)) continue;
      const body = defined.body;
      const hasNext = /(?:^|[\s,{])(?:async\s+)?next\s*(?:\(|:)/m.test(body);
      const hasReturn =
        /(?:^|[\s,{])(?:async\s+)?return\s*(?:\([^)]*\)\s*(?::[^{]*)?\{|:\s*(?:async\s*)?(?:function|\())/m
          .test(body);
      if (hasNext && !hasReturn) {
        return { wrapper, defined: defined.location, wrapped: quoted(url, lines, i) };
      }
    }
  }
  return undefined;
}

/** Where function `name` is declared in the sources: its opening line, body and location. */
export function definitionOf(sources: [string, string][], name: string) {
  const opens = new RegExp(
    String.raw`^\s*(?:export\s+)?(?:async\s+)?function\s*\*?\s*${
      escapeRegExp(name)
    }\s*[<(]|^\s*(?:export\s+)?(?:const|let)\s+${
      escapeRegExp(name)
    }\s*=\s*(?:async\s*)?(?:function\b|\()`,
  );
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    const at = lines.findIndex((l) => opens.test(l));
    if (at < 0) continue;
    return {
      opener: lines[at],
      body: blockText(lines, at),
      location: sourceLocation(url, at + 1, 1),
    };
  }
  return undefined;
}

/** The two clocks a program stamps and compares times with. */
const CLOCKS = {
  wall: /\bDate\s*\.\s*now\s*\(\s*\)|\bnew\s+Date\s*\(\s*\)\s*\.\s*getTime\s*\(/,
  monotonic: /\bperformance\s*\.\s*now\s*\(\s*\)/,
};

/**
 * A removal whose function reads one clock (`const cutoff = performance.now() - WINDOW_MS`)
 * while the add's function stamps with the other (`const now = Date.now()`): the two count
 * from different origins (the process's start, 1970), so a comparison of the two is never
 * what it means. The clock each reads and the line it is read on.
 */
export function mixedClocks(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
):
  | { removalClock: string; removalLine: QuotedLine; addClock: string; addLine: QuotedLine }
  | undefined {
  if (!add || !removal) return undefined;
  const reads = (statement: SourceStatement, compares: boolean) => {
    const fn = enclosingFunction(sources, statement.location);
    const lines = linesAt(sources, statement.location);
    if (!fn || !lines) return undefined;
    const body = fn.text.split("\n");
    const found = (re: RegExp) => body.findIndex((l) => !isComment(l) && re.test(l));
    const wall = found(CLOCKS.wall);
    const monotonic = found(CLOCKS.monotonic);
    // No clock read here: the time compared may be handed in by the caller (`sweep(now)`).
    if (wall < 0 && monotonic < 0 && compares) return handedClock(sources, fn, body);
    if ((wall < 0) === (monotonic < 0)) return undefined;
    const at = Math.max(wall, monotonic);
    // The removal's side: the time read is what an entry's time is compared with (`cutoff` in
    // `w.hits[0] <= cutoff`), not a duration measured beside it.
    const read = /\b(?:const|let|var)\s+([\w$]+)\s*=/.exec(body[at])?.[1];
    const compared = read === undefined
      ? /[<>]=?\s*(?:Date|performance)\s*\.\s*now|now\s*\(\s*\)[^;]*[<>]/.test(body[at])
      : body.some((l) =>
        new RegExp(String.raw`[<>]=?\s*${escapeRegExp(read)}\b|\b${escapeRegExp(read)}\s*[-<>]`)
          .test(l)
      );
    if (compares && !compared) return undefined;
    const k = fn.line - 1 + at;
    return {
      clock: wall >= 0 ? "Date.now()" : "performance.now()",
      line: quoted(statement.location.url, lines, k),
    };
  };
  const removing = reads(removal, true);
  const adding = reads(add, false);
  if (!removing || !adding || removing.clock === adding.clock) return undefined;
  return {
    removalClock: removing.clock,
    removalLine: removing.line,
    addClock: adding.clock,
    addLine: adding.line,
  };
}

/**
 * A removal by the value an add's key was made from (`this.#pending.set(emailKey(email), c)`,
 * later `this.#pending.delete(challenge.email)`): the add files the entry under what a
 * function (or `.toLowerCase()`, `.trim()`…) made of it, the removal asks for the value as it
 * came, so whenever the two differ the entry stays. The add's key, the value it was made from,
 * the removal's key and the key it should use.
 */
export function transformedKeyRemoval(
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
  sources: [string, string][] = [],
): { key: string; from: string; removed: string; meant: string } | undefined {
  let key = add ? keyExpression(add.text, false) : undefined;
  // A key made just above the add (`const key = handle.toLowerCase()` … `set(key, refs)`).
  const lines = add && key && /^[\w$]+$/.test(key) ? linesAt(sources, add.location) : undefined;
  const fn = lines ? enclosingFunction(sources, add!.location) : undefined;
  if (lines && fn) {
    const made = valueOf(
      lines.slice(fn.line - 1, add!.location.line),
      add!.location.line - fn.line,
      key!,
    )
      ?.replace(/;\s*$/, "").trim();
    if (made) key = made;
  }
  const removed = removal ? keyExpression(removal.text, true) : undefined;
  if (!key || !removed || !/^[\w$]+(?:\.[\w$#]+)*$/.test(removed)) return undefined;
  // `f(x)` (one argument, a name), or `x.m()…` (argument-less calls on a name).
  const call = /^([\w$.#]+)\(([\w$]+(?:\.[\w$#]+)*)\)$/.exec(key);
  const chain = /^([\w$]+(?:\.[\w$#]+)*?)((?:\.[\w$]+\(\))+)$/.exec(key);
  const from = (call?.[2] ?? chain?.[1])?.split(".").at(-1);
  if (!from || removed.split(".").at(-1) !== from) return undefined;
  const meant = call ? `${call[1]}(${removed})` : `${removed}${chain![2]}`;
  return { key, from, removed, meant };
}

/**
 * A removal from a value reached through a lookup by a key the add's function transforms before
 * it files the value (`const key = handle.toLowerCase()` … `byHandle.set(key, refs)` in `add`,
 * `const refs = byHandle.get(handle)` before `refs.delete(id)` in `remove`): for a key written
 * otherwise the lookup finds nothing and the removal never runs. The lookup and its line, the
 * key as the add files it, and the line that makes it.
 */
export function transformedLookup(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): { lookup: string; lookupLine: number; filed: string; filedLine: number } | undefined {
  const adding = add ? enclosingFunction(sources, add.location) : undefined;
  // The removal's value, read by key: `const refs = this.#byHandle.get(handle)`.
  const read = adding && removal ? keyedLookup(sources, removal) : undefined;
  // A key written as a name or a property (not a call's result).
  if (!adding || !read || !/^[\w$.]+$/.test(read.key)) return undefined;
  const { holder, key } = read;
  // The add's function files a value in the same holder under a key it made from that name.
  const addLines = adding.text.split("\n");
  const filed = new RegExp(
    String.raw`${escapeRegExp(holder)}\s*\.\s*(?:set|get)\s*\(\s*([\w$]+)\s*[,)]`,
  );
  const last = key.split(".").at(-1)!;
  for (let i = 0; i < addLines.length; i++) {
    const name = isComment(addLines[i]) ? undefined : filed.exec(addLines[i])?.[1];
    if (!name || name === last) continue;
    const made = valueOf(addLines, i, name)?.replace(/;\s*$/, "").trim();
    if (!made) continue;
    const transformed = new RegExp(
      String.raw`^(?:[\w$.]+\(\s*(?:[\w$]+\.)*${escapeRegExp(last)}\s*\)|(?:[\w$]+\.)*${
        escapeRegExp(last)
      }(?:\.[\w$]+\([^()]*\))+)$`,
    );
    if (!transformed.test(made)) continue;
    const madeAt = addLines.slice(0, i + 1).findLastIndex((l) =>
      new RegExp(String.raw`\b(?:const|let|var)\s+${escapeRegExp(name)}\s*=`).test(l)
    );
    return {
      lookup: `${holder}.get(${key})`,
      lookupLine: read.location.line,
      filed: made,
      filedLine: adding.line + madeAt,
    };
  }
  return undefined;
}

/**
 * An add in a loop over several keys of one entry (`for (const tag of tags) … byTag.set(tag,
 * …)`) and a removal by one key (`byTag.delete(tag)` in `invalidate(tag)`) whose function
 * walks none of the entry's keys: the entry stays filed under its other keys. The loop's line,
 * what it walks, and the key removed.
 */
export function filedUnderEach(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): { loop: QuotedLine; each: string; removed: string } | undefined {
  const key = add ? keyExpression(add.text, false) : undefined;
  const removed = removal ? keyExpression(removal.text, true) : undefined;
  const lines = add ? linesAt(sources, add.location) : undefined;
  const fn = add ? enclosingFunction(sources, add.location) : undefined;
  const removing = removal ? enclosingFunction(sources, removal.location) : undefined;
  if (!key || !removed || !lines || !fn || !removing || !/^[\w$]+$/.test(key)) return undefined;
  if (!/^[\w$]+$/.test(removed)) return undefined;
  const loop = new RegExp(
    String.raw`\bfor\s*\(\s*(?:const|let|var)\s+${escapeRegExp(key)}\s+of\s+`,
  );
  // The value stored under each key (`set(key, value)`): made anew in the loop, each key has
  // its own (`let batch = pending.get(w)` … `pending.set(w, batch)`), not one filed under many.
  const value = /\.\s*set\s*\([^,]+,\s*([\w$]+)\s*\)/.exec(add!.text)?.[1];
  const madeInLoop = value
    ? new RegExp(String.raw`\b(?:const|let|var)\s+${escapeRegExp(value)}\b`)
    : undefined;
  for (let i = add!.location.line - 2; i >= fn.line - 1; i--) {
    const m = isComment(lines[i]) ? null : loop.exec(lines[i]);
    if (!m) continue;
    const body = lines.slice(i + 1, add!.location.line - 1);
    if (madeInLoop && body.some((l) => madeInLoop.test(l))) return undefined;
    const args = splitArguments(lines[i].slice(m.index + m[0].length));
    if (!args) return undefined;
    const each = args[0].trim();
    // The removal's function walks the entry's keys too (`for (const t of entry.tags)`).
    const last = escapeRegExp(each.split(".").at(-1)!);
    if (new RegExp(String.raw`\bof\s+[\w$.#]*\b${last}\b`).test(removing.text)) return undefined;
    return { loop: quoted(add!.location.url, lines, i), each, removed };
  }
  return undefined;
}

/**
 * The clock the callers hand a removal's function as a parameter it compares (`now` in
 * `if (now - s.updated > staleAfterMs)`, called as `g.sweep(now)` after `const now =
 * performance.now()`).
 */
function handedClock(
  sources: [string, string][],
  fn: { name: string; text: string },
  body: string[],
): { clock: string; line: QuotedLine } | undefined {
  for (const param of parameterNames(fn.text, fn.name) ?? []) {
    const p = escapeRegExp(param);
    const compared = new RegExp(String.raw`[<>]=?\s*${p}\b|\b${p}\s*[-<>]`);
    if (!param || !body.slice(1).some((l) => !isComment(l) && compared.test(l))) continue;
    const handed = clockHandedIn(sources, fn, param);
    if (handed) {
      const { display, line, text } = handed.line;
      return { clock: handed.clock, line: { display, line, text } };
    }
  }
  return undefined;
}

/**
 * A removal by one part of a key the add builds from several (`buckets.set(key, bucket)` after
 * `const key = \`${kiosk}:${routeClass}\``, `buckets.delete(bucket.kiosk)`): nothing is under
 * that part alone. The key's expression, where it is built, and the part deleted.
 */
export function keyPartRemoval(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): { key: string; built: QuotedLine; part: string } | undefined {
  if (!add || !removal) return undefined;
  const keyArg = /\.\s*(?:set|add)\s*\(\s*([^,)]+?)\s*[,)]/.exec(add.text)?.[1];
  const part = /\.\s*delete\s*\(\s*([\w$]+(?:\s*\.\s*[\w$]+)*)\s*\)/.exec(removal.text)?.[1]
    ?.replace(/\s+/g, "");
  const lines = linesAt(sources, add.location);
  const fn = enclosingFunction(sources, add.location);
  if (!keyArg || !part || !lines || !fn) return undefined;
  const declared = /^[\w$]+$/.test(keyArg)
    ? declarationAbove(lines, add.location.line - 2, fn.line - 1, keyArg, "(.+?);?")
    : undefined;
  const expression = declared?.value ?? keyArg;
  const at = declared?.at ?? add.location.line - 1;
  // Its parts: a template's placeholders, or a concatenation's names.
  const parts = expression.startsWith("`")
    ? [...expression.matchAll(/\$\{\s*([\w$.]+)\s*\}/g)].map((m) => m[1])
    : /^[\w$.]+(?:\s*\+\s*(?:[\w$.]+|"[^"]*"|'[^']*'))+$/.test(expression)
    ? expression.split("+").map((p) => p.trim()).filter((p) => /^[\w$.]+$/.test(p))
    : [];
  if (parts.length < 2) return undefined;
  const last = (t: string) => t.split(".").at(-1);
  if (!parts.some((p) => last(p) === last(part))) return undefined;
  return { key: expression.trim(), built: quoted(add.location.url, lines, at), part };
}

/**
 * A removal from the same field of another object than the add's (`this.#root.#open.add(child)`
 * and `this.#parent.#open.delete(this)`): the two are one object only for some entries (a
 * child of the root), so the others stay. The add's and the removal's receivers as written,
 * spaces taken out.
 */
export function otherOwnerRemoval(
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): { added: string; removed: string } | undefined {
  const receiver = (text: string | undefined, verbs: string[]) =>
    removalCalls(text ?? "", verbs).find((c) => c.receiver.startsWith("this."))?.receiver;
  const added = receiver(add?.text, ["add", "set", "push"]);
  const removed = receiver(removal?.text, ["delete", "remove", "splice"]);
  if (!added || !removed || added === removed) return undefined;
  const a = added.split(".");
  const r = removed.split(".");
  // The same field (last segment) of a different owner, both owners fields of `this`.
  if (a.length < 3 || a.length !== r.length || a.at(-1) !== r.at(-1)) return undefined;
  return a.slice(0, -1).join(".") !== r.slice(0, -1).join(".") ? { added, removed } : undefined;
}

/**
 * A removal in a method that uses `this` and that the program hands to a call as a bare
 * function (`setInterval(this.rotate, ms)`, `emitter.on("tick", this.sweep)`): it runs with
 * another `this` (the timer, the emitter), so it changes that object and never its own. The
 * method's name and where it is handed on.
 */
export function unboundMethodRemoval(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): { method: string; handed: QuotedLine } | undefined {
  if (!removal || !/\bthis\b/.test(removal.text)) return undefined;
  const fn = enclosingFunction(sources, removal.location);
  // An arrow function kept in a field keeps its `this`.
  if (!fn || !/^#?[\w$]+$/.test(fn.name) || /=>/.test(fn.text.split("\n")[0])) return undefined;
  const name = escapeRegExp(fn.name);
  // Bound once for good (`this.rotate = this.rotate.bind(this)`).
  const boundOnce = new RegExp(
    String.raw`this\s*\.\s*${name}\s*=\s*this\s*\.\s*${name}\s*\.\s*bind\b`,
  );
  if (sources.some(([, text]) => boundOnce.test(text))) return undefined;
  // Handed on as an argument, bare: not called, not bound.
  const bare = new RegExp(
    String.raw`[(,]\s*this\s*\.\s*${name}\s*(?=[,)])`,
  );
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    // `this.use` in another file that defines a `use` of its own is that file's method.
    if (url !== removal.location.url && lines.some((l) => functionOpened(l) === fn.name)) continue;
    for (let k = 0; k < lines.length; k++) {
      if (!isComment(lines[k]) && bare.test(lines[k])) {
        return { method: fn.name, handed: quoted(url, lines, k) };
      }
    }
  }
  return undefined;
}

/**
 * How the program reads the link a growing chain of values is made by (`prev` of
 * `this.#current = { …, prev }`): `"once"` when every read takes one step back (`cur.prev`,
 * never in a loop, never `.prev.prev`), `"walked"` when some read follows it further, `"never"`
 * when nothing reads it; with the first read. Assignments to the link are not reads.
 */
export function linkReads(
  sources: [string, string][],
  link: string,
  add: SourceStatement,
): { reads: "once" | "walked" | "never"; first?: QuotedLine } {
  const name = escapeRegExp(link);
  const read = new RegExp(String.raw`\??\.\s*${name}\b(?!\s*(?:[-+*/%]?=(?!=)|\())`);
  const deeper = new RegExp(String.raw`\.\s*${name}\s*\??\.\s*${name}\b`);
  const stepped = new RegExp(String.raw`\b([\w$]+)\s*=\s*\1\s*\??\.\s*${name}\b`);
  const loop = /^\s*(?:while|for)\s*\(|\bdo\s*\{/;
  let first: QuotedLine | undefined;
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k];
      if (isComment(l) || !read.test(l)) continue;
      if (url === add.location.url && k === add.location.line - 1) continue;
      if (deeper.test(l) || stepped.test(l) || loop.test(l)) {
        return { reads: "walked", first: quoted(url, lines, k) };
      }
      first ??= quoted(url, lines, k);
    }
  }
  return first ? { reads: "once", first } : { reads: "never" };
}

/**
 * An add that copies one collection into another (`for (const [k, v] of this.#young)
 * this.#old.set(k, v)`) in a function that then empties the source (`this.#young.clear()`):
 * entries move on and nothing ever empties the target, which a generation swap would have
 * replaced. The source's and the target's names.
 */
export function mergedGeneration(
  sources: [string, string][],
  add: SourceStatement | undefined,
): { from: string; into: string } | undefined {
  if (!add) return undefined;
  const m =
    /\bfor\s*\(\s*(?:const|let|var)\s+(?:\[[^\]]*\]|[\w$]+)\s+of\s+([\w$.#]+?)(?:\s*\.\s*(?:entries|values)\s*\(\s*\))?\s*\)\s*\{?\s*([\w$.#]+)\s*\.\s*(?:set|add|push)\s*\(/
      .exec(add.text);
  const lines = linesAt(sources, add.location);
  const fn = enclosingFunction(sources, add.location);
  if (!m || !lines || !fn || m[1] === m[2]) return undefined;
  const [, from, into] = m;
  const end = fn.line - 1 + fn.text.split("\n").length;
  const emptied = new RegExp(
    String.raw`(?:^|[^\w$.#])${
      escapeRegExp(from)
    }\s*(?:\.\s*clear\s*\(\s*\)|=\s*new\s+(?:Map|Set|Array)\b|=\s*\[\s*\]|\.\s*length\s*=\s*0)`,
  );
  for (let k = add.location.line; k < end; k++) {
    if (emptied.test(lines[k]) && !isComment(lines[k])) return { from, into };
  }
  return undefined;
}

/**
 * A `delete` of a property written with a dot whose name is a variable of the function
 * (`for (const [id, draft] of Object.entries(drafts))` … `delete drafts.id`): it deletes the
 * property literally named so, not the entry under the key the variable holds. What it deletes
 * from (`name`, a pattern, with what leads to it) and the variable.
 */
export function literalKeyDelete(
  lines: string[],
  at: number,
  start: number,
  name: string,
): { target: string; key: string } | undefined {
  const m = new RegExp(
    // The property ends the operand: `delete this.sessions[id]` deletes an entry.
    String.raw`\bdelete\s+((?:[\w$]+\s*\.\s*)*${name})\s*\.\s*([\w$]+)(?![\w$]|\s*[[.(])`,
  ).exec(lines[at]);
  if (!m) return undefined;
  const key = escapeRegExp(m[2]);
  const bound = new RegExp(
    String
      .raw`\b(?:const|let|var)\s+(?:${key}\b|[[{][^\]}=]*(?<![\w$.:])${key}\b[^\]}=]*[\]}])|\((?:[^()]*[,\s(])?${key}\s*[,)=:]`,
  );
  for (let k = Math.max(start, 0); k <= at; k++) {
    if (!isComment(lines[k]) && bound.test(lines[k])) {
      return { target: m[1].replace(/\s+/g, ""), key: m[2] };
    }
  }
  return undefined;
}

/**
 * An add after a removal in the same function that puts back the key the removal took out,
 * reached because the removal's `case` falls through into the add's (`yard.delete(box)` under
 * `case "loaded":` with no `break`, then `case "yard_move":` sets `yard.set(box, …)` when it
 * finds none): every entry taken out comes back. The case label fallen into.
 */
export function fallThroughReadd(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  add: SourceStatement | undefined,
): QuotedLine | undefined {
  if (!removal || !add || removal.location.url !== add.location.url) return undefined;
  if (add.location.line <= removal.location.line) return undefined;
  const lines = linesAt(sources, removal.location);
  const removing = enclosingFunction(sources, removal.location);
  const adding = enclosingFunction(sources, add.location);
  if (!lines || !removing || !adding || removing.line !== adding.line) return undefined;
  const key = keyExpression(removal.text, true);
  if (!key || key !== keyExpression(add.text, false)) return undefined;
  for (let k = removal.location.line; k < add.location.line - 1; k++) {
    const l = lines[k];
    if (isComment(l)) continue;
    if (/^\s*(?:break|return|throw|continue)\b/.test(l)) return undefined;
    if (/^\s*(?:case\b[^:]*|default\s*):/.test(l)) return quoted(add.location.url, lines, k);
  }
  return undefined;
}

/**
 * Where the program lifts or raises an emitter's listener limit (`qcArchive.setMaxListeners(0)`,
 * `events.setMaxListeners(100, bus)`): the warning Node prints when listeners pile up past the
 * limit is what would have shown such a leak. The statement and the limit it sets.
 */
export function listenerLimitLifted(
  sources: [string, string][],
  emitter: string,
): { line: QuotedLine; limit: string } | undefined {
  if (!/^[\w$]+$/.test(emitter)) return undefined;
  const e = escapeRegExp(emitter);
  const calls = [
    new RegExp(String.raw`(?<![\w$.])${e}\s*\.\s*setMaxListeners\s*\(\s*([\w$.]+)\s*\)`),
    new RegExp(String.raw`\bsetMaxListeners\s*\(\s*([\w$.]+)\s*,[^)]*(?<![\w$.])${e}\s*[,)]`),
  ];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let k = 0; k < lines.length; k++) {
      if (isComment(lines[k])) continue;
      for (const call of calls) {
        const m = call.exec(lines[k]);
        if (m) return { line: quoted(url, lines, k), limit: m[1] };
      }
    }
  }
  return undefined;
}

/**
 * The lookup by key a removal's value came from in its function (`const refs =
 * this.#byHandle.get(handle)` above `refs.delete(commentId)`), at the collection's column.
 */
export function keyedLookup(
  sources: [string, string][],
  r: SourceStatement,
): SourceStatement["lookup"] {
  const receiver =
    /^(?:if\s*\(.*?\)\s*)?(?:return\s+)?([\w$]+)\s*\??\.\s*(?:delete|splice|shift|pop|remove)\s*\(/
      .exec(r.text)?.[1];
  const lines = receiver ? linesAt(sources, r.location) : undefined;
  const fn = lines ? enclosingFunction(sources, r.location) : undefined;
  if (!lines || !fn) return undefined;
  const read = new RegExp(
    String.raw`\b(?:const|let|var)\s+${
      escapeRegExp(receiver!)
    }\s*(?::[^=]+)?=\s*((?:this\.)?[\w$#.]+)\s*\.\s*get\s*\(\s*([^()]+?)\s*\)\s*;?\s*$`,
  );
  for (let k = r.location.line - 2; k >= fn.line - 1; k--) {
    const m = isComment(lines[k]) ? null : read.exec(lines[k]);
    if (!m) continue;
    const column = lines[k].indexOf(m[1], m.index) + 1;
    return {
      location: sourceLocation(r.location.url, k + 1, column),
      text: lines[k].trim(),
      holder: m[1],
      key: m[2],
    };
  }
  return undefined;
}

/** One line that moves a running total: `this.#bytes += entry.size;`. */
interface TotalStep {
  total: string;
  measure: string;
  line: QuotedLine;
}

/** The measure with its variables made anonymous: `Number(oldest.size)` → `_(_.size)`. */
function measureShape(measure: string): string {
  return measure.replace(/(?<![.\w$#])[A-Za-z_$][\w$]*/g, "_").replace(/\s+/g, "");
}

/** The lines of the function around `statement` that add to (`+`) or take from (`-`) a total. */
function totalSteps(
  sources: [string, string][],
  statement: SourceStatement,
  sign: "+" | "-",
): TotalStep[] {
  const fn = enclosingFunction(sources, statement.location);
  const lines = linesAt(sources, statement.location);
  if (!fn || !lines) return [];
  const op = sign === "+" ? String.raw`\+` : "-";
  const step = new RegExp(String.raw`^\s*([\w$.#]+)\s*${op}=\s*(.+?);?\s*$`);
  return fn.text.split("\n").flatMap((l, i) => {
    const m = isComment(l) ? null : step.exec(l);
    return m
      ? [{
        total: m[1],
        measure: m[2],
        line: quoted(statement.location.url, lines, fn.line - 1 + i),
      }]
      : [];
  });
}

/**
 * A running total the add and the removal keep beside the entries (`this.#bytes +=
 * entry.html.length` where one goes in, `this.#bytes -= Number(oldest.headers["content-length"])`
 * where one is evicted), measured one way going up and another going down: the total drifts
 * from what is held, and so does a bound tested on it. The first such pair, when there is one.
 */
export function unevenTotal(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): { total: string; up: TotalStep; down: TotalStep } | undefined {
  if (!add || !removal) return undefined;
  const ups = totalSteps(sources, add, "+");
  for (const down of totalSteps(sources, removal, "-")) {
    const up = ups.find((u) => u.total === down.total);
    if (up && measureShape(up.measure) !== measureShape(down.measure)) {
      return { total: down.total, up, down };
    }
  }
  return undefined;
}

/** A typed array made as a view of another's memory: `subarray`, or a view over its `.buffer`. */
const VIEW =
  /\.\s*subarray\s*\(|\bnew\s+(?:Uint8|Int8|Uint16|Int16|Uint32|Int32|Float32|Float64|BigInt64|BigUint64|Uint8Clamped)Array\s*\(\s*[\w$.]+\.buffer\b|\bBuffer\s*\.\s*from\s*\(\s*[\w$.]+\.buffer\b/;

/** A view copied at once: `Buffer.from(x.subarray(…))`, `new Uint8Array(x.subarray(…))`. */
const COPIED_VIEW = /(?:\bBuffer\s*\.\s*from|\bnew\s+\w+Array)\s*\(\s*[\w$.]+\s*\.\s*subarray\s*\(/;

/**
 * Where what a statement stores is made as a view of a bigger buffer: on its own line, or in
 * a function it calls (`placeholders.set(id, { strip: topRow(raster) })` with `topRow`
 * returning `raster.subarray(0, 384)`). The view's line, quoted.
 */
export function viewMadeFor(
  sources: [string, string][],
  statement: SourceStatement,
): SourceStatement | undefined {
  const isView = (line: string) => VIEW.test(line) && !COPIED_VIEW.test(line) && !isComment(line);
  if (isView(statement.text)) return statement;
  const called = new Set(
    [...statement.text.matchAll(/(?:^|[^\w$.])([\w$]+)\s*\(/g)].map((m) => m[1]),
  );
  for (const name of called) {
    const fn = definitionOf(sources, name);
    if (!fn) continue;
    const lines = fn.body.split("\n");
    const k = lines.findIndex(isView);
    if (k < 0) continue;
    const line = fn.location.line + k;
    return { location: sourceLocation(fn.location.url, line, 1), text: lines[k].trim() };
  }
  return undefined;
}

/**
 * A callback the add keeps after its function has already called it under an `if` that does
 * not return (`if (this.loaded) cb(null, this.menu); this.waiting.push(cb);`), when the only
 * removal is a drain that calls each waiting callback and lets them go: once the condition
 * holds, every callback is answered and queued too, and the drain never comes again. The `if`
 * line (0-based), its condition and the callback's name; undefined otherwise.
 */
export function answeredThenKept(
  sources: [string, string][],
  statement: SourceStatement,
  removal: SourceStatement | undefined,
): { line: number; condition: string; callback: string } | undefined {
  const kept = /\.\s*(?:push|unshift|add)\s*\(\s*([\w$]+)\s*\)\s*;?\s*$/.exec(statement.text)?.[1];
  const lines = linesAt(sources, statement.location);
  if (!kept || !removal || !lines || !drainsEach(sources, removal)) return undefined;
  const at = statement.location.line - 1;
  const own = indentation(lines[at]);
  const calls = new RegExp(`(?:^|[^\\w$.])${escapeRegExp(kept)}\\s*\\(`);
  for (let i = at - 1; i >= 0; i--) {
    const l = lines[i];
    if (!l.trim() || isComment(l) || indentation(l) > own) continue;
    if (indentation(l) < own) return undefined;
    const one = ifParts(l);
    if (!one) continue;
    // The `if` with its block (or its one statement), and whether it leaves the function.
    const body = one[2].startsWith("{") ? blockText(lines, i) : l;
    if (!calls.test(one[2].startsWith("{") ? body.slice(body.indexOf("{")) : one[2])) continue;
    if (/(?:^|[^\w$.])(?:return|throw|break|continue)\b/.test(body)) return undefined;
    const next = lines.slice(i + body.split("\n").length).find((x) => x.trim() !== "");
    if (next !== undefined && /^\s*(?:\}\s*)?else\b/.test(next)) return undefined;
    return { line: i, condition: one[1].trim(), callback: kept };
  }
  return undefined;
}

/** Whether a removal's function calls each entry it takes out (a drain of waiting callbacks). */
function drainsEach(sources: [string, string][], removal: SourceStatement): boolean {
  const text = enclosingFunction(sources, removal.location)?.text ?? "";
  return /\bfor\s*\(\s*(?:const|let|var)\s+([\w$]+)\s+of\b[^)]*\)\s*\{?\s*\1\s*\(/.test(text) ||
    /\.\s*forEach\s*\(\s*\(?\s*([\w$]+)\s*\)?\s*=>\s*\{?\s*\1\s*\(/.test(text);
}

/** `if (cond) rest` on one line: the condition (its parentheses balanced) and the rest. */
function ifParts(line: string): [string, string, string] | undefined {
  const open = /^\s*if\s*\(/.exec(line);
  if (!open) return undefined;
  let depth = 1;
  for (let i = open[0].length; i < line.length; i++) {
    if (line[i] === "(") depth++;
    else if (line[i] === ")" && --depth === 0) {
      return [line, line.slice(open[0].length, i), line.slice(i + 1).trim()];
    }
  }
  return undefined;
}
