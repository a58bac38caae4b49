/**
 * What the callers of a function hand it: a removal that deletes one of its function's
 * parameters (`set.delete(handler)` in `off(type, handler)`) is decided by the calls — a
 * function made at the call (`this.#onChange.bind(this)`, an arrow) is a new one each time and
 * never the one that was added; a time handed in (`g.sweep(now)` after `const now =
 * performance.now()`) is the removal's clock; a function registered through another method
 * that adds a wrapper it makes (`once()`) is not what the collection holds; a function that
 * adds under what its caller hands it (`register(saga.id, …)`) and a removal handed another
 * field of the same object in the same function (`discard(saga.reference)`) never match.
 *
 * @module
 */

import type { SourceStatement } from "../report.ts";
import { sourceLocation } from "./attribution.ts";
import {
  blockText,
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

/** Line `k` (0-based) of `url` as a {@link CallLine}. */
function callLine(url: string, lines: string[], k: number): CallLine {
  return {
    url,
    display: sourceLocation(url, k + 1, 1).display,
    line: k + 1,
    text: quote(lines[k]),
  };
}

/** The arguments of a call whose `(` ends at `at` on line `i` (it may go on for a few lines). */
function argumentsFrom(lines: string[], i: number, at: number): string[] | undefined {
  return splitArguments(lines.slice(i, i + 6).join("\n").slice(at));
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
        const argument = argumentsFrom(lines, i, m.index! + m[0].length)?.[index]?.trim();
        if (!argument) continue;
        out.push({
          call: callLine(url, lines, i),
          argument,
          lines,
          at: i,
        });
      }
    }
  }
  return out;
}

/**
 * The function a removal sits in and the parameters it removes by: the one the removal's own
 * line deletes (`set.delete(handler)`), else each its function removes by (`list.indexOf(fn)`
 * before `list.splice(i, 1)`, `l !== fn`; see `removedBy`).
 */
function removedParameters(
  sources: [string, string][],
  removal: SourceStatement,
): { name: string; method: boolean; indices: number[] } | undefined {
  const fn = enclosingFunction(sources, removal.location);
  const params = fn ? parameterNames(fn.text, fn.name) : undefined;
  if (!fn || !params) return undefined;
  const deleted = /\.\s*(?:delete|remove|removeListener|off)\s*\(\s*([\w$]+)\s*\)/
    .exec(removal.text)?.[1];
  const direct = deleted ? params.indexOf(deleted) : -1;
  const indices = direct >= 0 ? [direct] : removedBy(fn, params);
  return indices.length ? { name: fn.name, method: isMethod(fn), indices } : undefined;
}

/** Whether a function is a method (called as `.name(`), not a function or a variable's. */
function isMethod(fn: { name: string; text: string }): boolean {
  const opener = fn.text.split("\n")[0];
  return !new RegExp(String.raw`\bfunction\b|\b${escapeRegExp(fn.name)}\s*=`).test(opener);
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
  const removed = removal ? removedParameters(sources, removal) : undefined;
  for (const index of removed?.indices ?? []) {
    const handed = argumentsHanded(sources, removed!.name, removed!.method, index)
      .find((h) => FRESH_FUNCTION.test(h.argument));
    if (handed) return { fn: removed!.name, call: handed.call, argument: handed.argument };
  }
  return undefined;
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
  const method = isMethod(fn);
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
    return { clock, line: callLine(h.call.url, h.lines, k) };
  }
  return undefined;
}

/** How far around a call its caller's other use of the same function is looked for. */
const NEARBY_LINES = 15;

/** A function registered through a method that adds a wrapper of it instead. */
export interface WrappedRegistration {
  /** The removing function (`off`) and the call that hands it the function. */
  fn: string;
  call: CallLine;
  /** The function as the caller names it (`onEntry`). */
  handed: string;
  /** The method it was registered through (`once`) and that call. */
  via: string;
  viaCall: CallLine;
  /** The wrapper that method makes and adds (`wrapper`), and where. */
  wrapper: string;
  wrapperLine: CallLine;
}

/**
 * A removal in a function that deletes one of its parameters (`set.delete(handler)` in
 * `off(type, handler)`) handed a function its caller registered through another method
 * (`emitter.once(type, onEntry)`) that adds a wrapper it makes around it (`const wrapper =
 * (...args) => { …; handler(...args) }`, then `this.on(type, wrapper)`): the removal looks for
 * the function, the collection holds the wrapper, so nothing is taken out.
 */
export function wrappedRegistration(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): WrappedRegistration | undefined {
  const fn = removal ? enclosingFunction(sources, removal.location) : undefined;
  const params = fn ? parameterNames(fn.text, fn.name) : undefined;
  if (!fn || !params) return undefined;
  const method = isMethod(fn);
  for (const index of removedBy(fn, params)) {
    for (const h of argumentsHanded(sources, fn.name, method, index)) {
      if (!/^[\w$]+$/.test(h.argument)) continue;
      const via = registeredVia(h, index, fn.name);
      const wrapped = via && wrapperMadeIn(sources, via.name, index);
      if (!via || !wrapped) continue;
      return {
        fn: fn.name,
        call: h.call,
        handed: h.argument,
        via: via.name,
        viaCall: via.call,
        ...wrapped,
      };
    }
  }
  return undefined;
}

/**
 * The indices of the parameters a function removes by (`type` of a Map of sets, `handler` of
 * the set): deleted, filtered out, or looked up to be spliced out.
 */
function removedBy(fn: { text: string }, params: string[]): number[] {
  return params.flatMap((p, index) => {
    const e = escapeRegExp(p);
    const removes = new RegExp(
      String
        .raw`\.\s*delete\s*\(\s*${e}\s*\)|!==?\s*${e}\b|\b${e}\s*!==?|\.\s*indexOf\s*\(\s*${e}\s*\)`,
    );
    return p !== "" && removes.test(fn.text) ? [index] : [];
  });
}

/** Another method call near `h` that hands the same function at the same place (`once(`). */
function registeredVia(
  h: HandedArgument,
  index: number,
  removing: string,
): { name: string; call: CallLine } | undefined {
  const from = Math.max(0, h.at - NEARBY_LINES);
  const to = Math.min(h.lines.length, h.at + NEARBY_LINES);
  for (let i = from; i < to; i++) {
    if (isComment(h.lines[i])) continue;
    for (const m of h.lines[i].matchAll(/\.\s*([\w$]+)\s*\(/g)) {
      if (m[1] === removing) continue;
      const args = argumentsFrom(h.lines, i, m.index! + m[0].length);
      if (args?.[index]?.trim() !== h.argument) continue;
      return { name: m[1], call: callLine(h.call.url, h.lines, i) };
    }
  }
  return undefined;
}

/**
 * The wrapper method `name` makes around its parameter at `index` and hands on instead of it
 * (`const wrapper = (...args) => { …; handler(...args) }` … `this.on(type, wrapper)`).
 */
function wrapperMadeIn(
  sources: [string, string][],
  name: string,
  index: number,
): { wrapper: string; wrapperLine: CallLine } | undefined {
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (functionOpened(lines[i]) !== name) continue;
      const body = blockText(lines, i);
      const param = parameterNames(body, name)?.[index];
      if (!param) continue;
      const made = new RegExp(
        String
          .raw`\b(?:const|let|var)\s+([\w$]+)\s*=\s*(?:async\s*)?(?:function\b|\([^()]*\)\s*=>|[\w$]+\s*=>)`,
      );
      const bodyLines = body.split("\n");
      for (let k = 1; k < bodyLines.length; k++) {
        const w = made.exec(bodyLines[k])?.[1];
        if (!w) continue;
        const rest = bodyLines.slice(k).join("\n");
        const calls = new RegExp(String.raw`\b${escapeRegExp(param)}\s*\(`).test(rest);
        const handed = new RegExp(String.raw`[(,]\s*${escapeRegExp(w)}\s*[,)]`).test(rest);
        if (!calls || !handed) continue;
        return { wrapper: w, wrapperLine: callLine(url, lines, i + k) };
      }
    }
  }
  return undefined;
}

/**
 * An add by a parameter (`list.push(fn)` in `on(type, fn)`) that a call hands a function made
 * right there and keeps nowhere (`groupEvents.on("changed", this.refresh.bind(this));`, its
 * result dropped): no later call can hand the removing function that same one (`off("changed",
 * this.refresh)` hands another), so it is never taken out. The adding function, that call, and
 * a call of the removing function with what it hands.
 */
export function freshFunctionAdded(
  sources: [string, string][],
  add: SourceStatement | undefined,
  removal: SourceStatement | undefined,
): {
  fn: string;
  call: CallLine;
  argument: string;
  remover: string;
  removeCall?: CallLine;
  removeArgument?: string;
} | undefined {
  const adding = add ? enclosingFunction(sources, add.location) : undefined;
  const removing = removal ? enclosingFunction(sources, removal.location) : undefined;
  const params = adding ? parameterNames(adding.text, adding.name) : undefined;
  if (!adding || !removing || !params || adding.name === removing.name) return undefined;
  const index = params.findIndex((p) =>
    p !== "" && new RegExp(
      String.raw`\.\s*(?:push|unshift|add)\s*\(\s*${escapeRegExp(p)}\s*\)|\.\s*set\s*\([^,]+,\s*${
        escapeRegExp(p)
      }\s*\)`,
    ).test(add!.text)
  );
  if (index < 0) return undefined;
  const dropped = new RegExp(
    String.raw`^\s*(?:await\s+)?[\w$.#]+\s*\.\s*${escapeRegExp(adding.name)}\s*\(`,
  );
  const fresh = argumentsHanded(sources, adding.name, isMethod(adding), index)
    .filter((h) => FRESH_FUNCTION.test(h.argument) && dropped.test(h.lines[h.at]));
  if (!fresh.length) return undefined;
  const removeParams = parameterNames(removing.text, removing.name) ?? [];
  // The parameter in the same place as the add's, else the first it removes by.
  const removed = removedBy(removing, removeParams);
  const at = removed.includes(index) ? index : removed[0];
  const removes = at === undefined
    ? []
    : argumentsHanded(sources, removing.name, isMethod(removing), at);
  // A name like `on` is every emitter's: the call whose file also removes is this one's.
  const handed = fresh.find((h) => removes.some((r) => r.call.url === h.call.url)) ?? fresh[0];
  const other = removes.find((h) => h.call.url === handed.call.url);
  return {
    fn: adding.name,
    call: handed.call,
    argument: handed.argument,
    remover: removing.name,
    ...(other ? { removeCall: other.call, removeArgument: other.argument } : {}),
  };
}

/**
 * What {@link otherFieldHanded} finds: the two calls and what each hands as the key — another
 * field of one object (`saga.id`, `saga.reference`), or a part of the key the add was handed
 * (`${id}?serves=${serves}` added, `id` removed).
 */
export interface OtherFieldHanded {
  kind: "field" | "part";
  added: string;
  removed: string;
  adds: { fn: string; call: CallLine };
  removes: { fn: string; call: CallLine };
}

/**
 * An add whose function files the entry under a parameter (`register(sagaId, …)` pushing `{
 * sagaId, … }`) called with a field of an object (`register(saga.id, …)`), and a removal whose
 * function takes out by the parameter of that name (`discard(sagaId)`) called in the same
 * function with another field of that object (`discard(saga.reference)`): that call matches
 * none of the entries.
 */
export function otherFieldHanded(
  sources: [string, string][],
  added: SourceStatement,
  removal: SourceStatement,
): OtherFieldHanded | undefined {
  const addFn = enclosingFunction(sources, added.location);
  const removeFn = enclosingFunction(sources, removal.location);
  if (!addFn || !removeFn || addFn.name === removeFn.name) return undefined;
  const addParams = parameterNames(addFn.text, addFn.name) ?? [];
  const removeParams = parameterNames(removeFn.text, removeFn.name) ?? [];
  const word = (name: string) => new RegExp(`(?<![\\w$.])${escapeRegExp(name)}(?![\\w$])`);
  const keys = removeParams.filter((p) =>
    p !== "" && word(p).test(removal.text) && addParams.includes(p) && word(p).test(added.text)
  );
  for (const key of keys) {
    const adds = argumentsHanded(sources, addFn.name, isMethod(addFn), addParams.indexOf(key));
    const removes = argumentsHanded(
      sources,
      removeFn.name,
      isMethod(removeFn),
      removeParams.indexOf(key),
    );
    const found = handedOtherwise(sources, adds, removes, addFn.name, removeFn.name);
    if (found) return found;
  }
  return undefined;
}

/** Of the add's calls and the removal's, a pair that hands the key otherwise (see above). */
function handedOtherwise(
  sources: [string, string][],
  adds: HandedArgument[],
  removes: HandedArgument[],
  addFn: string,
  removeFn: string,
): OtherFieldHanded | undefined {
  const field = /^([\w$]+)\s*\??\.\s*([\w$]+)$/;
  const found = (kind: "field" | "part", a: HandedArgument, r: HandedArgument) => ({
    kind,
    added: a.argument,
    removed: r.argument,
    adds: { fn: addFn, call: a.call },
    removes: { fn: removeFn, call: r.call },
  });
  for (const a of adds) {
    const am = field.exec(a.argument);
    const caller = enclosingFunction(sources, sourceLocation(a.call.url, a.call.line, 1));
    for (const r of removes) {
      // A key built from the removal's whole argument and more (`${id}?serves=${serves}`).
      if (/^[\w$]+$/.test(r.argument) && builtFrom(a.argument, r.argument)) {
        return found("part", a, r);
      }
      const rm = field.exec(r.argument);
      if (!am || !rm || rm[1] !== am[1] || rm[2] === am[2] || r.call.url !== a.call.url) continue;
      const other = enclosingFunction(sources, sourceLocation(r.call.url, r.call.line, 1));
      if (caller && other?.line === caller.line) return found("field", a, r);
    }
  }
  return undefined;
}

/** Whether `key` is a template or `+` concatenation with `part` in it beside other parts. */
function builtFrom(key: string, part: string): boolean {
  const p = escapeRegExp(part);
  const template = key.startsWith("`") && new RegExp(`\\$\\{\\s*${p}\\s*\\}`).test(key) &&
    key.replace(new RegExp(`\\$\\{\\s*${p}\\s*\\}`), "").length > 2;
  const joined = /\+/.test(key) && new RegExp(`(?<![\\w$.])${p}(?![\\w$])`).test(key);
  return template || joined;
}
