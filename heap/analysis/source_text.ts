/**
 * Reading the program's original sources: a line quoted as the developer wrote it, the statement
 * or block at a location, comments told apart, where a name is declared, the best of several
 * scored matches.
 *
 * @module
 */

import type { SourceLocation, SourceStatement } from "../report.ts";
import { sourceLocation } from "./attribution.ts";

/** Longest quoted line. */
const MAX_QUOTE = 160;

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The right side of an assignment that is a constant alone: `null`, `0`, `""`, `[]`, `{}`. */
export const CONSTANT_VALUE =
  "\\s*(?:null|undefined|true|false|-?\\d[\\d_.]*|\"\"|''|``|\\[\\s*\\]|\\{\\s*\\})\\s*[;,]?\\s*$";

/**
 * The variable an add puts in as its key or member, when the whole argument is one
 * (`key` in `inFlight.set(key, p)`, `req` in `seen.add(req)`).
 */
export function variableAdded(text: string): string | undefined {
  return /\.\s*(?:set|add)\s*\(\s*([\w$]+)\s*[,)]/.exec(text)?.[1];
}

/**
 * What a statement assigns (`this.capture = Buffer.concat([this.capture, frame])`, `log +=
 * line`): the target, spaces taken out, the operator, and the assigned value's text.
 */
export function assignmentOf(
  text: string,
): { target: string; op: "+=" | "="; value: string } | undefined {
  const m = /^\s*((?:this\s*\.\s*)?[#\w$]+(?:\s*\.\s*[#\w$]+)*)\s*(\+=|=(?!=))(.*)$/.exec(text);
  return m ? { target: m[1].replace(/\s+/g, ""), op: m[2] as "+=" | "=", value: m[3] } : undefined;
}

/**
 * The removal calls in `text` (`this.#waiting.delete(`, `list.remove(`): the receiver as
 * written, spaces taken out, and where the call's arguments start.
 */
export function removalCalls(
  text: string,
  verbs: readonly string[] = ["delete"],
): { receiver: string; argsAt: number }[] {
  const call = new RegExp(
    String.raw`((?:[\w$#]+\s*\.\s*)*[\w$#]+)\s*\.\s*(?:${verbs.join("|")})\s*\(`,
    "g",
  );
  return [...text.matchAll(call)].map((m) => ({
    receiver: m[1].replace(/\s+/g, ""),
    argsAt: m.index! + m[0].length,
  }));
}

/** Whether a source line is a comment (`// …`, or a block comment's `* …` line). */
export function isComment(line: string): boolean {
  return /^\s*(\/\/|\*)/.test(line);
}

/** Where a match starts on line `i` (0-based) of `url`: its first non-space character. */
export function matchLocation(url: string, i: number, m: RegExpExecArray): SourceLocation {
  return sourceLocation(url, i + 1, m.index + (m[0].length - m[0].trimStart().length) + 1);
}

/** The first `limit` lines of the sources that `re` matches, comments aside, quoted. */
export function linesMatching(
  sources: [string, string][],
  re: RegExp,
  limit: number,
): SourceStatement[] {
  const out: SourceStatement[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length && out.length < limit; i++) {
      const m = re.exec(lines[i]);
      if (m && !isComment(lines[i])) {
        out.push({ location: matchLocation(url, i, m), text: quote(lines[i]) });
      }
    }
  }
  return out;
}

/** A statement a search scored, and its score. */
export interface ScoredStatement {
  statement: SourceStatement;
  score: number;
}

/** The `limit` highest-scoring statements, best first. */
export function best(hits: ScoredStatement[], limit: number): SourceStatement[] {
  return hits.sort((a, b) => b.score - a.score).slice(0, limit).map((h) => h.statement);
}

/** A source line as it is quoted: trimmed and cut. */
export function quote(line: string): string {
  const t = line.trim();
  return t.length > MAX_QUOTE ? t.slice(0, MAX_QUOTE - 1) + "…" : t;
}

/** The quoted line at a location, if the source is known. */
export function statementAt(
  sources: [string, string][],
  loc: SourceLocation,
): SourceStatement | undefined {
  const text = sources.find(([url]) => url === loc.url)?.[1];
  const line = text?.split("\n")[loc.line - 1];
  return line === undefined ? undefined : { location: loc, text: quote(line) };
}

/** The text of the block that opens on line `from`, through its closing brace. */
export function blockText(lines: string[], from: number): string {
  return balancedText(lines, from, "{", "}");
}

/** The text of the call that starts on line `from`, through the parenthesis that closes it. */
export function callText(lines: string[], from: number): string {
  return balancedText(lines, from, "(", ")");
}

/** Lines from `from` until the first `open` there is balanced by its `close`. */
function balancedText(lines: string[], from: number, open: string, close: string): string {
  let depth = 0;
  let opened = false;
  const out: string[] = [];
  for (let i = from; i < lines.length; i++) {
    out.push(lines[i]);
    for (const c of lines[i]) {
      if (c === open) (depth++, opened = true);
      else if (c === close) depth--;
    }
    if (opened && depth <= 0) break;
  }
  return out.join("\n");
}

/**
 * The lines above line `line` (1-based) that open the blocks it sits in, innermost first: each
 * the nearest line above the last indented less (blank lines and comments skipped).
 */
function* openersAbove(lines: string[], line: number): Generator<number> {
  let own = indentation(lines[line - 1]);
  for (let i = line - 2; i >= 0 && own > 0; i--) {
    const l = lines[i];
    if (!l.trim() || isComment(l) || indentation(l) >= own) continue;
    yield i;
    own = indentation(l);
  }
}

/** The index of the line that opens the block line `line` (1-based) sits in; undefined at the top. */
export function openerAbove(lines: string[], line: number): number | undefined {
  return openersAbove(lines, line).next().value ?? undefined;
}

/**
 * The call a statement makes, written up to its `(` with spaces left out (`this.cache.delete(`
 * of `this.cache.delete(key);`): a branch whose text has it takes entries out the same way.
 */
export function callPrefix(statement: string): string | undefined {
  return /^(.*?\.\s*[\w$]+\s*\()/.exec(statement.trim())?.[1].replace(/\s+/g, "");
}

/** The lines of the source `loc` is in, when it has that line. */
export function linesAt(sources: [string, string][], loc: SourceLocation): string[] | undefined {
  const lines = sources.find(([url]) => url === loc.url)?.[1].split("\n");
  return lines?.[loc.line - 1] === undefined ? undefined : lines;
}

/**
 * The line that opens the block a statement sits in (`if (process.env.AUDIT_LOG) {`, `export
 * function attachShipper(res) {`): the nearest line above it indented less; undefined at the
 * top level.
 */
export function enclosingOpener(
  sources: [string, string][],
  loc: SourceLocation,
): string | undefined {
  const lines = linesAt(sources, loc);
  if (!lines) return undefined;
  const { value: at } = openersAbove(lines, loc.line).next();
  const opener = at === undefined ? undefined : lines[at];
  return opener && /[{(:]\s*$/.test(opener) ? quote(opener) : undefined;
}

/** The name of the class whose body a line sits in (`class Source {`), at any depth. */
export function enclosingClass(
  sources: [string, string][],
  loc: SourceLocation,
): string | undefined {
  const lines = linesAt(sources, loc);
  if (!lines) return undefined;
  for (const at of openersAbove(lines, loc.line)) {
    const name = classOpened(lines[at])?.name;
    if (name) return name;
  }
  return undefined;
}

/**
 * Class `name` and the classes it extends, nearest first, as far as the sources declare them;
 * undefined when no source declares `class name`.
 */
export function classLineage(sources: [string, string][], name: string): string[] | undefined {
  const out: string[] = [];
  for (let at: string | undefined = name; at !== undefined && !out.includes(at);) {
    const declared = classDeclared(sources, at);
    if (!declared) break;
    out.push(at);
    at = declared.parent;
  }
  return out.length ? out : undefined;
}

/**
 * Where class `name` is declared (`class A extends B {`, `var A = class extends B {`): the
 * first file that declares it, its text, the 0-based index of the opening line, and the class
 * it extends.
 */
export function classDeclared(
  sources: [string, string][],
  name: string,
): { url: string; text: string; line: number; parent?: string } | undefined {
  // One scan of each file's text first: most files declare no class of the name.
  const n = escapeRegExp(name);
  const mention = new RegExp(String.raw`\bclass\s+${n}(?![\w$])|(?<![\w$.])${n}\s*=\s*class\b`);
  for (const [url, text] of sources) {
    const at = mention.exec(text);
    if (!at) continue;
    // From the mention's line on (it may be in a comment or a string, the class further down).
    const first = text.lastIndexOf("\n", at.index) + 1;
    const lines = text.slice(first).split("\n");
    const k = lines.findIndex((l) => classOpened(l)?.name === name);
    if (k < 0) continue;
    const line = text.slice(0, first).split("\n").length - 1 + k;
    const parent = classOpened(lines[k])?.parent;
    return parent === undefined ? { url, text, line } : { url, text, line, parent };
  }
  return undefined;
}

/** A class a line opens: its name, and the last name of the class it extends. */
export interface OpenedClass {
  name: string;
  parent?: string;
}

/**
 * The class a line opens: a declaration (`class A extends B {`) or a class expression given to
 * a variable (`var Keyv = class extends Base {`, as bundlers write classes).
 */
export function classOpened(line: string): OpenedClass | undefined {
  const m = CLASS_OPENER.exec(line) ?? CLASS_EXPRESSION.exec(line);
  if (!m) return undefined;
  const parent = m[2]?.split(".").at(-1);
  return parent === undefined ? { name: m[1] } : { name: m[1], parent };
}

/** A class expression given to a variable: its name, and the class it extends. */
const CLASS_EXPRESSION =
  /^\s*(?:export\s+)?(?:const|let|var)\s+([\w$]+)\s*=\s*class\b(?:\s+(?!extends\b)[\w$]+)?(?:\s+extends\s+([\w$.]+))?\s*\{/;

/**
 * A class's opening line: its name, and the class it extends (`class A extends B {`, also past
 * TypeScript's type parameters: `class A<T extends { id: string }> extends B<T> {`).
 */
const CLASS_OPENER =
  /^\s*(?:export\s+)?(?:default\s+)?(?:abstract\s+)?class\s+([\w$]+)\b(?:\s*<.*?>(?=\s+extends\b|\s+implements\b|\s*\{))?(?:\s+extends\s+([\w$.]+))?/;

/** A function's or method's opening line: `function prune(`, `prune(now) {`, `prune = (`. */
const FUNCTION_OPENER = new RegExp(
  String
    .raw`^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\s*\*?\s*([\w$]+)\s*(?:<[^()]*>)?\s*\(|` +
    String
      .raw`(?:(?:static|private|public|protected|override|async|get|set)\s+)*#?([\w$]+)\s*(?:<[^()]*>)?\s*\((?:[^()]|\([^()]*\))*\)\s*(?::(?:[^{}]|\{[^{}]*\})*)?\{\s*$|` +
    String
      .raw`(?:(?:const|let|var)\s+)?(?:this\.|(?:[\w$]+\.)+)?#?([\w$]+)\s*(?::[^=]+)?=\s*\(?\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*(?::[^=]+)?=>|[\w$]+\s*=>)|` +
    // An object literal's member (`unregisterPartial: function(name) {`).
    String.raw`([\w$]+)\s*:\s*(?:async\s+)?function\b)`,
);
const NOT_FUNCTIONS = /^(?:if|for|while|switch|catch|with|return|function)$/;

/**
 * The name of the function or method a line opens, if it opens one: a member assigned a
 * function (`Store.prototype.destroy = function destroy(`, `exports.remove = (…) =>`) is
 * named by its last name; an object literal's member (`unregister: function (name) {`) by
 * its key.
 */
export function functionOpened(line: string): string | undefined {
  const m = FUNCTION_OPENER.exec(line);
  const name = m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[4];
  return name && !NOT_FUNCTIONS.test(name) ? name : undefined;
}

/**
 * The named function or method a line sits in: its name, its text through its brace, and the
 * line (1-based) that opens it.
 */
export function enclosingFunction(
  sources: [string, string][],
  loc: SourceLocation,
): { name: string; text: string; line: number } | undefined {
  const lines = linesAt(sources, loc);
  if (!lines) return undefined;
  for (const at of openersAbove(lines, loc.line)) {
    // Parameters over several lines: the block opens on the line that closes them
    // (`): Promise<T> {`), the function's name is where they open (`async run(`).
    const start = parametersOpenedAt(lines, at) ?? at;
    const name = functionOpened(lines.slice(start, at + 1).join(" "));
    if (name) {
      const text = [...lines.slice(start, at), blockText(lines, at)].join("\n");
      return { name, text, line: start + 1 };
    }
  }
  return undefined;
}

/**
 * The generator function whose `finally` block a line sits in: its name and the line (1-based)
 * that opens it. Such a block runs only when the generator finishes or is returned.
 */
export function generatorFinally(
  sources: [string, string][],
  loc: SourceLocation,
): { name: string; line: number } | undefined {
  const lines = linesAt(sources, loc);
  if (!lines) return undefined;
  let inFinally = false;
  for (const at of openersAbove(lines, loc.line)) {
    if (/^\s*(?:\}\s*)?finally\s*\{\s*$/.test(lines[at])) {
      inFinally = true;
      continue;
    }
    const start = parametersOpenedAt(lines, at) ?? at;
    const opener = lines.slice(start, at + 1).join(" ");
    const generator = GENERATOR_OPENER.exec(opener);
    if (generator) {
      return inFinally ? { name: generator[1] ?? generator[2], line: start + 1 } : undefined;
    }
    // A function of its own (a callback inside the generator): its finally is not the
    // generator's.
    if (functionOpened(opener) || /=>\s*\{\s*$/.test(opener)) return undefined;
  }
  return undefined;
}

/** `function* name(`, `async function* name(`, a generator method `async *name(`. */
const GENERATOR_OPENER =
  /^\s*(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\s*\*\s*([\w$]+)|(?:(?:static|private|public|protected|override|async)\s+)*\*\s*#?([\w$]+)\s*\()/;

/**
 * For a line that starts by closing a parenthesis (`): Promise<T> {`), the line (0-based) whose
 * `(` it closes; undefined for any other line.
 */
function parametersOpenedAt(lines: string[], at: number): number | undefined {
  if (!lines[at].trimStart().startsWith(")")) return undefined;
  let depth = 0;
  for (let i = at; i >= 0; i--) {
    const l = lines[i];
    // On the closing line only its leading `)` counts: what follows it is the block.
    const end = i === at ? l.indexOf(")") + 1 : l.length;
    for (let k = end - 1; k >= 0; k--) {
      if (l[k] === ")") depth++;
      else if (l[k] === "(" && --depth === 0) return i;
    }
  }
  return undefined;
}

/**
 * Where a variable or property is declared: `const name`, `let`, `var`, a class field or
 * static (`static all = []`, `samples = []`), an object literal key (`log: []`), a
 * parameter-less `this.name =` in a constructor. `segments` is the path; its last name is
 * looked for, and the first for a single name.
 */
export function findDeclarationOf(
  sources: [string, string][],
  segments: string[],
  preferUrl?: string,
): SourceLocation | undefined {
  const names = segments.filter((s) => /^#?[\w$]+$/.test(s));
  if (names.length === 0) return undefined;
  const last = escapeRegExp(names[names.length - 1]);
  const variable = new RegExp(`\\b(?:const|let|var)\\s+${last}\\b`);
  const member = [
    // A TypeScript field may be optional or definitely assigned (`leading?: Bid`).
    new RegExp(
      `^\\s*(?:static\\s+|readonly\\s+|private\\s+|public\\s+|#)*${last}\\s*[?!]?\\s*[:=]`,
    ),
    new RegExp(`\\bthis\\.${last}\\s*=[^=]`),
    new RegExp(`[{,]\\s*${last}\\s*:`),
  ];
  // A property path (`app.state.log`, `metrics.samples`) is declared as a member first.
  const patterns = names.length > 1 ? [...member, variable] : [variable, ...member];
  const ordered = preferUrl
    ? [...sources.filter(([u]) => u === preferUrl), ...sources.filter(([u]) => u !== preferUrl)]
    : sources;
  // The declaration that makes a collection (`recent: []`, `= new Map()`) beats a later line
  // that merely names the property; then the patterns' order, then the source order.
  let found: { loc: SourceLocation; score: number } | undefined;
  patterns.forEach((re, rank) => {
    for (const [url, text] of ordered) {
      const lines = text.split("\n");
      for (let i = 0; i < lines.length; i++) {
        const m = re.exec(lines[i]);
        if (!m || isComment(lines[i])) continue;
        // What is assigned: after the match's own `=`/`:` (`queries: []`), else after the next.
        const eq = Math.max(m[0].lastIndexOf("="), m[0].lastIndexOf(":"));
        const value = eq >= 0
          ? lines[i].slice(m.index + eq + 1)
          : lines[i].slice(m.index + m[0].length).replace(/^[^=:]*[=:]/, "");
        // A number or boolean never holds anything: `{ readings: 0 }` is another property.
        if (/^\s*(?:-?\d|true\b|false\b)/.test(value)) continue;
        const makes = /^\s*(\[|\{|new\s|Object\.create|Symbol|""|''|``)/.test(value);
        // The holder's own code (its owner's class) declares it before another file's
        // property of the same name does (`this.data = {}` in the cache, not `data:` elsewhere).
        const score = (makes ? 100 : 0) + (url === preferUrl ? 10 : 0) - rank;
        if (!found || score > found.score) found = { loc: matchLocation(url, i, m), score };
        if (makes) break; // the first such line of this file is the one
      }
    }
  });
  return found?.loc;
}

/**
 * The module variable an instance of `className` is stored in (`export const metrics = new
 * Metrics()`), for objects the snapshot reaches only through a module's export cell.
 */
export function findInstanceVariable(
  sources: [string, string][],
  className: string,
): string | undefined {
  if (!/^[\w$]+$/.test(className)) return undefined;
  const re = new RegExp(
    `\\b(?:const|let|var)\\s+([\\w$]+)(?:\\s*:\\s*[\\w$<>]+)?\\s*=\\s*new\\s+${className}\\s*\\(`,
  );
  for (const [, text] of sources) {
    const m = re.exec(text);
    if (m) return m[1];
  }
  return undefined;
}

/** The top-level arguments of a call, from just after its `(` to its `)`; undefined if unclosed. */
export function splitArguments(rest: string): string[] | undefined {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const c of rest) {
    if (c === "(" || c === "[" || c === "{") depth++;
    if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return [...out, current];
      depth--;
    }
    if (c === "," && depth === 0) {
      out.push(current);
      current = "";
    } else current += c;
  }
  return undefined;
}

/** Lines shown on each side of a statement in its context, and the longest shown. */
const CONTEXT_LINES = 2;
const CONTEXT_WIDTH = 120;

/**
 * A statement in its function: the function's first line (when it is not among them) and the
 * lines next to the statement within the function, numbered; undefined without the source.
 */
export function statementContext(
  sources: [string, string][],
  at: SourceLocation,
): { line: number; text: string }[] | undefined {
  const lines = linesAt(sources, at);
  if (!lines) return undefined;
  let opener: number | undefined;
  for (const k of openersAbove(lines, at.line)) {
    if (functionOpened(lines[k])) {
      opener = k;
      break;
    }
  }
  const from = Math.max(opener ?? 0, at.line - 1 - CONTEXT_LINES);
  const to = Math.min(lines.length - 1, at.line - 1 + CONTEXT_LINES);
  const cut = (t: string) => t.length > CONTEXT_WIDTH ? t.slice(0, CONTEXT_WIDTH - 1) + "…" : t;
  const out: { line: number; text: string }[] = [];
  if (opener !== undefined && opener < from) {
    out.push({ line: opener + 1, text: cut(lines[opener]) });
  }
  for (let k = from; k <= to; k++) {
    // The function's end closes what it shows.
    out.push({ line: k + 1, text: cut(lines[k]) });
    if (
      opener !== undefined && k > at.line - 1 && /^\s*\}/.test(lines[k]) &&
      lines[k].search(/\S/) <= lines[opener].search(/\S/)
    ) break;
  }
  return out;
}

/**
 * Whether line `at` sits in a constructor (its signature may span lines): a class's, or a
 * constructor function as code before classes wrote one (`function Authenticator() {`, a
 * capitalised name by convention).
 */
export function inConstructor(lines: string[], at: number): boolean {
  let own = indentation(lines[at]);
  for (let i = at - 1; i >= 0 && own > 0; i--) {
    const l = lines[i];
    if (!l.trim() || isComment(l) || indentation(l) >= own) continue;
    // The end of a signature written over several lines: its start is as far in.
    if (/^\s*\)\s*(?::[^{]*)?\{\s*$/.test(l)) {
      own = indentation(l) + 1;
      continue;
    }
    return /^\s*constructor\s*\(/.test(l) || CONSTRUCTOR_FUNCTION.test(l);
  }
  return false;
}

/** `function Store(options) {`, `const Store = function (options) {`, `exports.Store = function`. */
const CONSTRUCTOR_FUNCTION =
  /^\s*(?:(?:export\s+)?function\s+[A-Z][\w$]*\s*\(|(?:(?:const|let|var)\s+|[\w$]+\.)?[A-Z][\w$]*\s*=\s*function\b)/;

/** How far a line is indented. */
export function indentation(line: string): number {
  return line.length - line.trimStart().length;
}

/**
 * A dotted name as a pattern that allows spaces around its dots (`this.#tails` matches
 * `this . #tails`).
 */
export function dottedPattern(path: string): string {
  return path.split(".").map(escapeRegExp).join(String.raw`\s*\.\s*`);
}

/**
 * The nearest declaration of variable `name` on lines `from` down to `stop` (0-based, comments
 * skipped): what `value` (a pattern with one group, matched up to the line's end) captures of
 * its right side, and its line index.
 */
export function declarationAbove(
  lines: string[],
  from: number,
  stop: number,
  name: string,
  value: string,
): { value: string; at: number } | undefined {
  const declared = new RegExp(
    String.raw`\b(?:const|let|var)\s+${escapeRegExp(name)}\s*=\s*${value}\s*$`,
  );
  for (let k = from; k >= stop; k--) {
    const m = isComment(lines[k]) ? null : declared.exec(lines[k]);
    if (m?.[1]) return { value: m[1], at: k };
  }
  return undefined;
}

/** The value the nearest declaration above line `at` gives variable `name`, if any. */
export function valueOf(lines: string[], at: number, name: string): string | undefined {
  if (!/^[\w$]+$/.test(name)) return undefined;
  const declared = new RegExp(`\\b(?:const|let|var)\\s+${escapeRegExp(name)}\\s*=\\s*(.+)$`);
  for (let k = at; k >= 0; k--) {
    const m = declared.exec(lines[k]);
    if (m) return m[1];
  }
  return undefined;
}
