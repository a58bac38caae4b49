/**
 * Patterns the searches for adding and removing statements share: a holder reached through a local
 * copy, a key or an owner's field, a call on it, and what a later statement does to an entry
 * (moves it, sets it again, trims, saves and restores it, or guards it by a size check).
 *
 * @module
 */

import {
  blockText,
  escapeRegExp,
  functionOpened,
  isComment,
  splitArguments,
} from "./source_text.ts";

/** Calls that add a listener. */
export const LISTEN_CALLS =
  "on|addListener|once|prependListener|prependOnceListener|addEventListener";

/** Calls that remove a listener. */
export const UNLISTEN_CALLS = "off|removeListener|removeEventListener";

/** What kind of holder is added to, which decides the calls that add to it. */
export type AddKind =
  | "array"
  | "map"
  | "set"
  | "object"
  | "listeners"
  | "value"
  | "promise"
  | "any";

/** Calls that take back what a call handed to an object (see `findHandingStatements`). */
export const UNDO_CALLS = "unsubscribe|unpipe|unregister|remove\\w*|off|delete|detach|unwatch";

/** Kinds of holder a local copy of the reference is added to like the holder itself. */
export const COPYABLE = new Set<AddKind>(["array", "map", "set", "object", "any"]);

/**
 * Variables a file copies the reference `name` (escaped) into: `const headers = name;`,
 * `const cache = reg.owner.#instances;`.
 */
export function copiesOf(name: string, text: string): string[] {
  const copy = new RegExp(
    `(?:^|[^\\w$.])([\\w$]+)\\s*=\\s*(?:[\\w$]+\\s*\\??\\.\\s*)*${name}\\s*(?:;|,|\\)|$)`,
    "gm",
  );
  return [...text.matchAll(copy)].map((m) => escapeRegExp(m[1]));
}

/**
 * How a file reaches the collection `read` yields (a regular expression's text): `read`
 * itself, through its owner's properties (`this.#listeners.get(event)`), and the plain names
 * the file reads it into (`const list = …`).
 */
export function readsOf(read: string, text: string): string[] {
  const owner = "(?:[\\w$]+\\s*\\??\\.\\s*)*";
  const targets = [`${owner}${read}`];
  const alias = new RegExp(`(?:^|[^\\w$.])([\\w$]+)\\s*=\\s*${owner}${read}`, "gm");
  for (const m of text.matchAll(alias)) targets.push(escapeRegExp(m[1]));
  return targets;
}

/** A function of the program that returns a collection, as its calls read. */
export interface AccessorCall {
  /** Its calls, a regular expression's text (`rulesFor\s*\([^()]*\)`). */
  call: string;
  /**
   * The one file whose calls are its own, when its name is one the built-in collections answer
   * to (`get`, `values`): elsewhere `byId.get(k)` is a Map's.
   */
  onlyIn?: string;
}

/**
 * Calls of the program's functions that return what `read` yields (`rulesFor\s*\([^()]*\)` for
 * `function rulesFor(ch) { let rules = byChannel.get(ch); … return rules; }`): a caller that adds
 * to their result adds to the collection.
 */
export function accessorCalls(read: string, sources: [string, string][]): AccessorCall[] {
  const out: AccessorCall[] = [];
  for (const { url, name, body } of functionBodies(sources)) {
    const returned = readsOf(read, body).join("|");
    if (new RegExp(`\\breturn\\s+(?:${returned})\\s*;?\\s*$`, "m").test(body)) {
      // Called on whatever has it: `this.identity()`, `(entity.constructor).identity()`.
      // Its arguments may call too (`this.#bucket(normaliseTag(tag))`), one level deep.
      const call = `(?:\\([^()]*\\)\\s*\\.\\s*)?${
        escapeRegExp(name)
      }\\s*\\((?:[^()]|\\([^()]*\\))*\\)`;
      out.push(BUILT_IN_METHODS.has(name) ? { call, onlyIn: url } : { call });
    }
  }
  return out;
}

/** Names of the built-in collections' methods (Map, Set, Array, their weak kin). */
const BUILT_IN_METHODS = new Set(
  [Map, WeakMap, Set, WeakSet, Array].flatMap((c) => Object.getOwnPropertyNames(c.prototype)),
);

const functionBodyCache = new WeakMap<
  [string, string][],
  { url: string; name: string; body: string }[]
>();

/** The named functions and methods of the sources with their text, found once per sources. */
function functionBodies(
  sources: [string, string][],
): { url: string; name: string; body: string }[] {
  let found = functionBodyCache.get(sources);
  if (!found) {
    found = [];
    for (const [url, text] of sources) {
      const lines = text.split("\n");
      for (let i = 0; i < lines.length; i++) {
        const name = isComment(lines[i]) ? undefined : functionOpened(lines[i]);
        if (name) found.push({ url, name, body: blockText(lines, i) });
      }
    }
    functionBodyCache.set(sources, found);
  }
  return found;
}

/** `segments` as a source writes the path (`engine.stdout`, `engine?.stdout`), a regular expression's text. */
export function pathPattern(segments: readonly string[]): string {
  return segments.map(escapeRegExp).join("\\s*\\??\\.\\s*");
}

/** The path `path` (see {@link pathPattern}) itself, not one of its properties or a longer name. */
const wholePath = (path: string) => `(?<![\\w$.])${path}(?![\\w$])(?!\\s*\\??\\.)`;

/**
 * A call the object at `path` is handed to as an argument (`AbortSignal.any([shutdown.signal,
 * …])`); group 1 is the callee.
 */
export function handedToCall(path: string): RegExp {
  return new RegExp(`([\\w$.]+)\\s*\\(\\s*[^;]*?${wholePath(path)}`);
}

/**
 * A call the object at `path` is handed to as an option's value (`readline.createInterface({
 * input: engine.stdout })`); group 1 is the callee.
 */
export function handedAsOption(path: string): RegExp {
  return new RegExp(`([\\w$.]+)\\s*\\(\\s*\\{[^}]*:\\s*${wholePath(path)}`);
}

/** A call of one of `calls` on `target` (a regular expression's text), as a statement's start. */
export function callOn(target: string, calls: string): RegExp {
  return new RegExp(`(?:^|[^\\w$.])${target}\\s*!?\\s*\\??\\.\\s*(?:${calls})\\s*\\(`);
}

/** A read of one key of `name`: `name.get(k)`, `name.get(keyOf(item))`, `name[k]`. */
export const keyRead = (name: string) =>
  `${name}(?:\\s*(?:\\??\\.\\s*get\\s*\\((?:[^()]|\\([^()]*\\))*\\)|\\[[^\\]]+\\]))+`;

/**
 * A variable given the value `name` (escaped) holds under `key` (`const entry =
 * this.entries.get(key)`): the variable is the match's first group.
 */
export function readInto(name: string, key: string): RegExp {
  return new RegExp(
    `\\b([\\w$]+)\\s*=\\s*(?:this\\s*\\.\\s*)?${name}\\s*\\.\\s*get\\s*\\(\\s*${
      escapeRegExp(key)
    }\\s*\\)`,
  );
}

/** Whether the `splice(` call whose arguments start at `from` has items to insert. */
export function spliceAdds(line: string, from: number): boolean {
  let depth = 0;
  let commas = 0;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return commas >= 2;
      depth--;
    } else if (c === "," && depth === 0) commas++;
  }
  // The call goes on past this line: assume it may add.
  return true;
}

/**
 * Whether a callback's body closes between lines `from` and `to` (`})` or `}, …)` after the
 * first): the lines then run at different times (a delete in `.finally(() => …)` is no move).
 */
function callbackEndsBetween(lines: string[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (/^\s*\}\s*[,)]/.test(lines[k])) return true;
  return false;
}

/** Whether a file saves the variable `name` (escaped) and later assigns it that saved copy. */
export function savedAndRestored(name: string, text: string): boolean {
  const saved = new RegExp(
    `\\b(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*(?:[\\w$]+\\s*\\??\\.\\s*)*${name}\\s*;`,
    "g",
  );
  return [...text.matchAll(saved)].some((m) =>
    new RegExp(`(?:^|[^\\w$])${name}\\s*=\\s*${escapeRegExp(m[1])}\\s*;`, "m").test(text)
  );
}

/** Whether the `set(` whose arguments start at `from` on line `i` follows a delete of its key. */
export function movesEntry(lines: string[], i: number, name: string, from: number): boolean {
  const key = lines[i].slice(from).split(",")[0].trim();
  if (!key) return false;
  const deleted = new RegExp(`${name}\\s*\\.\\s*delete\\s*\\(\\s*${escapeRegExp(key)}\\s*\\)`);
  for (let k = Math.max(0, i - 2); k < i; k++) {
    // Deleted only when present (`if (map.has(key)) map.delete(key)`): for a new key the set
    // is an insert (an LRU's set), not a move.
    if (deleted.test(lines[k]) && !/\bif\s*\(.*\bhas\s*\(/.test(lines[k])) {
      return !callbackEndsBetween(lines, k, i);
    }
  }
  return false;
}

/** Whether the key of the `delete(` on line `i` (arguments from `from`) is set again just after. */
export function setsAgain(lines: string[], i: number, name: string, from: number): boolean {
  const key = lines[i].slice(from).split(")")[0].trim();
  if (!key) return false;
  const set = new RegExp(`${name}\\s*\\.\\s*set\\s*\\(\\s*${escapeRegExp(key)}\\s*,`);
  for (let k = i; k <= Math.min(lines.length - 1, i + 2); k++) {
    if (set.test(lines[k])) return !callbackEndsBetween(lines, i, k);
  }
  return false;
}

/** Whether line `i` or the two after it take entries out once a size is over a bound. */
export function trimmedAfter(lines: string[], i: number): boolean {
  const trim =
    /\b(?:while|if)\s*\(.*?([\w$#]+)\s*\.\s*(?:length|size)\s*>.*\.\s*(?:delete|shift|pop|splice)\s*\(/;
  for (let k = i; k <= Math.min(lines.length - 1, i + 2); k++) {
    // The collection trimmed is the one this line adds to (not another one beside it).
    const trimmed = trim.exec(lines[k])?.[1];
    if (trimmed && new RegExp(`(?:^|[^\\w$#])${escapeRegExp(trimmed)}(?![\\w$])`).test(lines[i])) {
      return true;
    }
    // A collection class trimming itself (`this.size > this.limit`) after `super.set(…)`.
    if (trimmed === "this" && /(?:^|[^\w$.])super\s*\.\s*\w+\s*\(/.test(lines[i])) return true;
  }
  return false;
}

/** Whether line `i` or the two above test that `name` (escaped) is below a size. */
export function underSizeGuard(lines: string[], i: number, name: string): boolean {
  const guard = new RegExp(`${name}\\s*\\.\\s*(?:length|size)\\s*<(?!<)`);
  for (let k = Math.max(0, i - 2); k <= i; k++) if (guard.test(lines[k])) return true;
  return false;
}

/**
 * The key expression of an add (`map.set(KEY, v)`, `obj[KEY] = v`) or a removal
 * (`map.delete(KEY)`, `delete obj[KEY]`), spaces left out.
 */
export function keyExpression(text: string, removing: boolean): string | undefined {
  const key = removing
    ? (/\bdelete\s+[\w$.#]+\s*\[(.+)\]\s*;?\s*$/.exec(text) ??
      /\.\s*delete\s*\((.+)\)\s*;?\s*$/.exec(text))?.[1]
    : /\[(.+)\]\s*=(?!=)/.exec(text)?.[1] ?? setKey(text);
  return key?.replace(/\s+/g, "");
}

/** The key of a `.set(key, value)` call, whole (`this.#key(table, id)`). */
function setKey(text: string): string | undefined {
  const call = /\.\s*set\s*\(/.exec(text);
  const args = call ? splitArguments(text.slice(call.index + call[0].length)) : undefined;
  return args && args.length >= 2 ? args[0] : undefined;
}
