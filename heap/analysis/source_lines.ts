/**
 * The program's statements behind a suspect, found in its original sources: the line that
 * adds to it (`log.push(`, `sessions.set(`, `rates.on("update"`, `signal.addEventListener(
 * "abort"`, `cache[key] =`, a constructor's `RequestContext.all.push(this)`), and a line
 * quoted as the developer wrote it.
 *
 * @module
 */

import type { SourceLocation, SourceStatement } from "../report.ts";
import { sourceLocation } from "./attribution.ts";

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

/** Longest quoted line. */
const MAX_QUOTE = 160;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The right side of an assignment that is a constant alone: `null`, `0`, `""`, `[]`, `{}`. */
const CONSTANT_VALUE =
  "\\s*(?:null|undefined|true|false|-?\\d[\\d_.]*|\"\"|''|``|\\[\\s*\\]|\\{\\s*\\})\\s*[;,]?\\s*$";

/** Whether a source line is a comment (`// …`, or a block comment's `* …` line). */
function isComment(line: string): boolean {
  return /^\s*(\/\/|\*)/.test(line);
}

/** Where a match starts on line `i` (0-based) of `url`: its first non-space character. */
function matchLocation(url: string, i: number, m: RegExpExecArray): SourceLocation {
  return sourceLocation(url, i + 1, m.index + (m[0].length - m[0].trimStart().length) + 1);
}

/** A statement a search scored, and its score. */
interface ScoredStatement {
  statement: SourceStatement;
  score: number;
}

/** The `limit` highest-scoring statements, best first. */
function best(hits: ScoredStatement[], limit: number): SourceStatement[] {
  return hits.sort((a, b) => b.score - a.score).slice(0, limit).map((h) => h.statement);
}

/** Calls that add to each kind of holder. */
const ADD_CALLS: Record<Exclude<AddKind, "listeners" | "promise">, string> = {
  array: "push|unshift|splice",
  map: "set",
  set: "add",
  object: "",
  // A value rebuilt as it shrinks (`list = list.filter(…)`) still grows where it is pushed to.
  value: "push|unshift",
  any: "push|unshift|splice|set|add|append|register",
};

/** Calls that add a listener. */
const LISTEN_CALLS = "on|addListener|once|prependListener|prependOnceListener|addEventListener";

/** Calls that take entries out of each kind of holder (`splice` only in its removing form). */
const REMOVE_CALLS: Partial<Record<AddKind, string>> = {
  array: "splice|shift|pop",
  map: "delete|clear",
  set: "delete|clear",
  any: "splice|shift|pop|delete|clear",
};

/** Calls that remove a listener. */
const UNLISTEN_CALLS = "off|removeListener|removeEventListener";

/** Calls that take back what a call handed to an object (see `findHandingStatements`). */
export const UNDO_CALLS = "unsubscribe|unpipe|unregister|remove\\w*|off|delete|detach|unwatch";

/**
 * Lines that add to the holder whose path ends in `segments` (`["app","state","audit","log"]`),
 * best first: lines that name more of the path rank higher. For listeners, `segments` name
 * the emitter and `event` the event type.
 */
export function findAddingStatements(
  sources: [string, string][],
  target: {
    segments: string[];
    kind: AddKind;
    event?: string;
    /** The file the holder's code is in: its lines win a tie. */
    preferUrl?: string;
    /** Where the accumulated objects are made (a listener's function): those lines win. */
    preferLines?: SourceLocation[];
    /**
     * The holder is a value kept under a key of the collection `segments` names (a Map's
     * value, an object used as a dictionary): adds go through the key
     * (`byRoute.get(r).push(x)`, `replays[t][k] = v`) or a variable read from it
     * (`const list = byRoute.get(r)` … `list.push(x)`).
     */
    keyed?: boolean;
    /**
     * The holder is kept under a symbol with this description (`obj[FORMATTED]`, where
     * `FORMATTED = Symbol.for("i18n.formatted")`): adds go through the symbol's variables.
     */
    symbol?: string;
    /**
     * A value built on the previous one links it by this property (`parent`, `next`): the
     * literal or assignment that stores the current value there (`parent: activeContext`)
     * is where each new one takes hold of the last.
     */
    link?: string;
    /**
     * Also through plain copies of the reference (`const headers = baseHeaders` …
     * `headers.append(…)`): the holder is the object's own internal slot.
     */
    aliases?: boolean;
    /**
     * The file of the holder's own class, when it is the program's subclass of a collection
     * (`class BoundedMap extends Map`): its methods add through `super.set(` and `this.push(`.
     */
    ownClassUrl?: string;
  },
  limit = 3,
): SourceStatement[] {
  const segments = target.segments.filter((s) => /^#?[\w$]+$/.test(s));
  const last = segments[segments.length - 1];
  if (!last) return [];
  const name = escapeRegExp(last);
  const patterns: RegExp[] = [];
  let weakest: RegExp | undefined;
  const linkPatterns: RegExp[] = [];
  if (target.kind === "listeners") {
    const event = target.event ? escapeRegExp(target.event) : "[^'\"`]+";
    patterns.push(
      new RegExp(
        `(?:^|[^\\w$])${name}\\s*\\??\\.\\s*(?:${LISTEN_CALLS})\\s*\\(\\s*['"\`]${event}['"\`]`,
      ),
      ...(last === "globalThis"
        ? [
          // The global object's listeners are added with no receiver, or through window/self.
          new RegExp(
            `(?:^|[^\\w$.]|\\b(?:window|self)\\.)(?:addEventListener)\\s*\\(\\s*['"\`]${event}['"\`]`,
          ),
        ]
        : []),
      // Node's events.on(emitter, type) and events.once(emitter, type) listen for the caller.
      new RegExp(
        `(?:^|[^\\w$])(?:on|once)\\s*\\(\\s*${name}\\s*,\\s*['"\`]${event}['"\`]`,
      ),
    );
  } else if (target.kind === "promise") {
    // What chains onto a promise: then/catch/finally, an await, a race or all over it.
    patterns.push(
      new RegExp(`(?:^|[^\\w$])${name}\\s*\\??\\.\\s*(?:then|catch|finally)\\s*\\(`),
      new RegExp(
        `\\bPromise\\s*\\.\\s*(?:race|all|any|allSettled)\\s*\\(\\s*\\[[^\\]]*(?:^|[^\\w$.])${name}\\b`,
      ),
      new RegExp(`\\bawait\\s+${name}\\b`),
    );
  } else {
    const calls = ADD_CALLS[target.kind];
    if (calls) {
      patterns.push(
        new RegExp(`(?:^|[^\\w$])${name}\\s*!?\\s*\\??\\.\\s*(?:${calls})\\s*\\(`),
      );
    }
    if (target.kind === "object" || target.kind === "any") {
      // Properties defined or copied onto it: `Object.defineProperty(Product.prototype, k, …)`.
      patterns.push(
        new RegExp(
          `\\b(?:Object|Reflect)\\s*\\.\\s*(?:defineProperty|defineProperties|assign|set)\\s*\\(\\s*(?:[\\w$.]*\\.)?${name}\\s*,`,
        ),
      );
    }
    if (target.kind === "object" || target.kind === "array" || target.kind === "any") {
      // Not `= undefined` or `= null`: that is meant to take the entry out.
      patterns.push(
        new RegExp(
          `(?:^|[^\\w$])${name}\\s*!?\\s*\\[[^\\]]+\\]\\s*=(?!=)(?!\\s*(?:undefined|null)\\b)`,
        ),
      );
    }
    if (target.kind === "object" || target.kind === "any" || target.kind === "value") {
      // `log += line`; `list = [...list, item]`, `s = s + x`, `a = a.concat(b)` rebuild it.
      patterns.push(new RegExp(`(?:^|[^\\w$])${name}\\s*\\+=`));
      patterns.push(
        new RegExp(
          `(?:^|[^\\w$])${name}\\s*=\\s*(?:\\[\\s*\\.\\.\\.\\s*${name}\\b|${name}\\s*(?:\\+|\\.\\s*concat\\s*\\())`,
        ),
      );
    }
    if (target.kind === "value" && target.link && /^[\w$]+$/.test(target.link)) {
      const link = escapeRegExp(target.link);
      linkPatterns.push(
        new RegExp(`(?:^|[^\\w$.])${link}\\s*:\\s*(?:[\\w$]+\\s*\\??\\.\\s*)*${name}(?![\\w$])`),
        new RegExp(`\\.\\s*${link}\\s*=\\s*(?:[\\w$]+\\s*\\??\\.\\s*)*${name}(?![\\w$])`),
      );
      patterns.push(...linkPatterns);
    }
    if (target.kind === "value") {
      // Rebuilt from itself in a literal or a call: `recent: [...state.recent, x]`,
      // `buf = Buffer.concat([buf, chunk])`.
      const itself = `[\\w$.]*\\b${name}\\b`;
      patterns.push(
        new RegExp(`(?:^|[^\\w$])${name}\\s*[:=]\\s*\\[\\s*\\.\\.\\.\\s*${itself}`),
        new RegExp(`(?:^|[^\\w$])${name}\\s*[:=]\\s*${itself}\\s*(?:\\+|\\.\\s*concat\\s*\\()`),
        new RegExp(
          `(?:^|[^\\w$])${name}\\s*=\\s*[\\w$.]*\\(\\s*\\[?\\s*${itself}`,
        ),
      );
      // Any other assignment whose right side reads the old value: `cur = Object.assign(
      // Object.create(cur), changes)`, `this.#log = wrap(this.#log, entry)`.
      // Not one that only keeps part of it (`x = x.filter(…)`, `x = x.slice(-100)`).
      patterns.push(
        new RegExp(
          `(?:^|[^\\w$])${name}\\s*=(?![=>])(?!\\s*[\\w$.#]*${name}\\s*\\.\\s*(?:filter|slice)\\s*\\()` +
            `.*[^\\w$]${name}(?![\\w$])`,
        ),
      );
      // Last, and ranked below them: any assignment to it (`client.query = function
      // traced(…)` wraps the old value it read into a variable before). Not of a constant
      // (`this.lastError = null`): that sets it up or resets it, it cannot make it grow.
      patterns.push(
        weakest = new RegExp(
          `(?:\\.${name}|^\\s*${name})\\s*=(?![=>])(?!${CONSTANT_VALUE})`,
        ),
      );
    }
  }
  if (target.keyed) patterns.length = 0;
  const symbolReads = target.symbol !== undefined ? symbolVariables(sources, target.symbol) : [];
  const hits: ScoredStatement[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    // Through a local copy of the reference (`const cache = reg.owner.#instances` …
    // `cache.set(k, v)`): for an object's own slot the way in, else ranked below direct adds.
    const throughCopies = target.aliases || COPYABLE.has(target.kind)
      ? copiesOf(name, text).flatMap((a) => addsThrough(a, target.kind, ""))
      : [];
    const viaCopy = new Set(target.aliases ? [] : throughCopies);
    const restored = linkPatterns.length > 0 && savedAndRestored(name, text);
    const filePatterns = target.keyed ? keyedPatterns(name, target.kind, text) : [
      ...patterns,
      ...symbolReads.flatMap((v) => addsThrough(symbolRead(v), target.kind, text)),
      ...throughCopies,
      ...(url === target.ownClassUrl ? addsThrough("(?:super|this)", target.kind, "") : []),
    ];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      let m: RegExpExecArray | null = null;
      let matched: RegExp | undefined;
      for (const re of filePatterns) {
        if ((m = re.exec(line))) {
          matched = re;
          break;
        }
      }
      if (!m) continue;
      // `splice(i, 1)` takes out; only `splice(i, n, item…)` adds.
      if (/splice\s*\($/.test(m[0]) && !spliceAdds(line, m.index + m[0].length)) continue;
      // More of the path on the line (`state.audit.log`, `RequestContext.all`) is better.
      let score = matched === weakest ? 0.5 : viaCopy.has(matched!) ? 0.75 : 1;
      // A value saved and put back around calls (`const previous = current; current = next; …
      // current = previous`) is a pointer: its assignments hold nothing, a new value's link
      // to the last one is where the chain grows. A value only ever set keeps what it is set
      // to: that assignment comes first.
      if (linkPatterns.includes(matched!) && !restored) score = 0.25;
      // Of an unknown collection's calls, `set` is the one that may replace rather than add.
      if (target.kind === "any" && /\bset\s*\($/.test(m[0])) score -= 0.25;
      // `delete(k)` then `set(k, v)` moves an entry to the end (an LRU's refresh): no growth.
      const receiver = /(super|this)\s*\.\s*\w+\s*\($/.exec(m[0])?.[1] ?? name;
      if (/\bset\s*\($/.test(m[0]) && movesEntry(lines, i, receiver, m.index + m[0].length)) {
        score -= 0.5;
      }
      // An add trimmed right after (`push(x); if (list.length > max) list.shift()`) is bounded.
      if (trimmedAfter(lines, i)) score -= 0.5;
      // An add under a guard that it is still below a bound (`if (items.length < cap)`) cannot
      // grow it past that bound: another add is the likelier culprit.
      if (underSizeGuard(lines, i, name)) score -= 0.5;
      for (let k = segments.length - 2; k >= 0; k--) {
        if (!line.includes(segments.slice(k).join("."))) break;
        score++;
      }
      if (isComment(line)) score -= 10;
      if (url === target.preferUrl) score += 0.5;
      if (target.preferLines?.some((l) => l.url === url && l.line === i + 1)) score += 2;
      hits.push({ statement: { location: matchLocation(url, i, m), text: quote(line) }, score });
    }
  }
  return best(hits.filter((h) => h.score > 0), limit);
}

/** `Symbol("x")` or `Symbol.for("x")` for the description `x`, as a regular expression's text. */
function symbolCall(description: string): string {
  return `Symbol(?:\\s*\\.\\s*for)?\\s*\\(\\s*['"\`]${escapeRegExp(description)}['"\`]\\s*\\)`;
}

/** Whether the sources make a symbol described `description` (else the runtime made it). */
export function symbolMadeIn(sources: [string, string][], description: string): boolean {
  const made = new RegExp(symbolCall(description));
  return sources.some(([, text]) => made.test(text));
}

/** The variables the sources bind to a symbol described `description` (`Symbol.for("x")`). */
function symbolVariables(sources: [string, string][], description: string): string[] {
  const made = new RegExp(`([\\w$]+)\\s*=\\s*${symbolCall(description)}`, "g");
  const names = new Set<string>();
  for (const [, text] of sources) for (const m of text.matchAll(made)) names.add(m[1]);
  return [...names];
}

/** An object's property under the symbol variable `v`: `catalog[FORMATTED]`. */
const symbolRead = (v: string) => `[\\w$.\\])]*\\[\\s*${escapeRegExp(v)}\\s*\\]`;

/** A read of one key of `name`: `name.get(k)`, `name[k]`. */
const keyRead = (name: string) => `${name}\\s*(?:\\??\\.\\s*get\\s*\\([^)]*\\)|\\[[^\\]]+\\])`;

/**
 * Adds to a value kept under a key of `name` (escaped), in one file: through the key itself,
 * or through the variables that file reads a key into (`const list = name.get(k)`).
 */
function keyedPatterns(name: string, kind: AddKind, text: string): RegExp[] {
  return addsThrough(keyRead(name), kind, text);
}

/**
 * Adds through `read` (a regular expression's text for an expression that yields the
 * collection) or through the variables the file reads it into (`const cache = read`).
 */
function addsThrough(read: string, kind: AddKind, text: string): RegExp[] {
  const calls = ADD_CALLS[kind === "listeners" || kind === "promise" ? "any" : kind] ||
    ADD_CALLS.any;
  return readsOf(read, text).flatMap((t) => [
    callOn(t, calls),
    new RegExp(`(?:^|[^\\w$.])${t}\\s*!?\\s*\\[[^\\]]+\\]\\s*=[^=]`),
  ]);
}

/**
 * How a file reaches the collection `read` yields (a regular expression's text): `read`
 * itself, through its owner's properties (`this.#listeners.get(event)`), and the plain names
 * the file reads it into (`const list = …`).
 */
function readsOf(read: string, text: string): string[] {
  const owner = "(?:[\\w$]+\\s*\\??\\.\\s*)*";
  const targets = [`${owner}${read}`];
  const alias = new RegExp(`(?:^|[^\\w$.])([\\w$]+)\\s*=\\s*${owner}${read}`, "gm");
  for (const m of text.matchAll(alias)) targets.push(escapeRegExp(m[1]));
  return targets;
}

/** A call of one of `calls` on `target` (a regular expression's text), as a statement's start. */
function callOn(target: string, calls: string): RegExp {
  return new RegExp(`(?:^|[^\\w$.])${target}\\s*!?\\s*\\??\\.\\s*(?:${calls})\\s*\\(`);
}

/**
 * Where the function `fn` is handed to a call as an argument (`addSignalListener("SIGTERM",
 * onTerm)`), lines of `preferUrl` first; with the call's method and its first string argument.
 */
export function findCallbackRegistration(
  sources: [string, string][],
  fn: string,
  preferUrl?: string,
): { statement: SourceStatement; method?: string; event?: string } | undefined {
  if (!/^[\w$]+$/.test(fn)) return undefined;
  const name = escapeRegExp(fn);
  const passed = new RegExp(`([\\w$]+)\\s*\\((?:[^()]*,)?\\s*${name}\\s*[,)]`);
  const ordered = preferUrl
    ? [...sources.filter(([u]) => u === preferUrl), ...sources.filter(([u]) => u !== preferUrl)]
    : sources;
  for (const [url, text] of ordered) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = passed.exec(lines[i]);
      if (!m || isComment(lines[i]) || /^(function|if|for|while)$/.test(m[1])) continue;
      const event = /\(\s*['"`]([^'"`]+)['"`]\s*,/.exec(lines[i].slice(m.index))?.[1];
      return {
        statement: { location: sourceLocation(url, i + 1, m.index + 1), text: quote(lines[i]) },
        method: m[1],
        ...(event !== undefined ? { event } : {}),
      };
    }
  }
  return undefined;
}

/**
 * The line that constructs `cls` (`new BroadcastChannel(`), comments skipped: the first one
 * inside a block (code that runs again), else the first at a module's top level (runs once).
 */
export function findConstruction(
  sources: [string, string][],
  cls: string,
): SourceStatement | undefined {
  if (!/^[\w$]+$/.test(cls)) return undefined;
  const made = new RegExp(`(?:^|[^\\w$.])new\\s+${escapeRegExp(cls)}\\s*\\(`);
  let topLevel: SourceStatement | undefined;
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = made.exec(lines[i]);
      if (!m || isComment(lines[i])) continue;
      const statement = { location: matchLocation(url, i, m), text: quote(lines[i]) };
      if (/^\s/.test(lines[i])) return statement;
      topLevel ??= statement;
    }
  }
  return topLevel;
}

/**
 * The call that makes instances of the runtime's class `cls` without `new`: a method named
 * for the class, on its own (`crypto.createHash(` for `Hash`) or with its receiver
 * (`performance.measure(` for `PerformanceMeasure`). As {@link findConstruction}, a call
 * inside a block is preferred to one at a module's top level.
 */
export function findFactoryCall(
  sources: [string, string][],
  cls: string,
): { statement: SourceStatement; receiver: string; method: string } | undefined {
  if (!/^[\w$]+$/.test(cls)) return undefined;
  const want = cls.toLowerCase();
  const makes = (receiver: string, method: string) =>
    (receiver + method).toLowerCase() === want ||
    method.replace(/^(?:create|make|open)(?=[A-Z])/, "").toLowerCase() === want;
  const call = /(?:^|[^\w$.])([\w$]+)\s*\.\s*([\w$]+)\s*\(/g;
  let topLevel: ReturnType<typeof findFactoryCall>;
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (isComment(lines[i])) continue;
      for (const m of lines[i].matchAll(call)) {
        if (!makes(m[1], m[2])) continue;
        const at = m.index + m[0].indexOf(m[1]);
        const found = {
          statement: { location: sourceLocation(url, i + 1, at + 1), text: quote(lines[i]) },
          receiver: m[1],
          method: m[2],
        };
        if (/^\s/.test(lines[i])) return found;
        topLevel ??= found;
      }
    }
  }
  return topLevel;
}

/**
 * Lines that take entries out of the holder whose path ends in `segments`, best first (the
 * same ranking as {@link findAddingStatements}): `delete`/`clear` on a Map or Set, the
 * removing `splice`, `shift`, `pop` or a shorter `length` on an array, `delete obj[key]` on an
 * object used as a dictionary, `off`/`removeListener`/`removeEventListener` for the event on
 * an emitter. A holder that grew although such lines exist has a removal that misses its
 * entries: the line is where the bug is.
 */
export function findRemovingStatements(
  sources: [string, string][],
  target: {
    segments: string[];
    kind: AddKind;
    event?: string;
    preferUrl?: string;
    /** These calls instead of the kind's (`UNDO_CALLS` for what was handed over). */
    calls?: string;
    /**
     * The holder is a value of this kind kept under a key of `segments`' collection: its own
     * removals, through the key (`byEvent.get(e).splice(…)`) or a variable read from it
     * (`const list = this.#listeners.get(e)` … `list.splice(at, 1)`), come before the key's.
     */
    valueKind?: AddKind;
  },
  limit = 2,
): SourceStatement[] {
  const segments = target.segments.filter((s) => /^#?[\w$]+$/.test(s));
  const last = segments[segments.length - 1];
  if (!last) return [];
  const name = escapeRegExp(last);
  const patterns: RegExp[] = [];
  const valueCalls = target.valueKind ? REMOVE_CALLS[target.valueKind] : undefined;
  if (target.kind === "listeners") {
    const event = target.event ? escapeRegExp(target.event) : "[^'\"`]+";
    patterns.push(
      new RegExp(
        `(?:^|[^\\w$])${name}\\s*\\??\\.\\s*(?:${UNLISTEN_CALLS})\\s*\\(\\s*['"\`]${event}['"\`]`,
      ),
      new RegExp(`(?:^|[^\\w$])${name}\\s*\\??\\.\\s*removeAllListeners\\s*\\(`),
    );
  } else {
    const calls = target.calls ?? REMOVE_CALLS[target.kind];
    if (calls) {
      patterns.push(new RegExp(`(?:^|[^\\w$])${name}\\s*!?\\s*\\??\\.\\s*(?:${calls})\\s*\\(`));
    }
    if (target.kind === "array" || target.kind === "any") {
      // `list.length = 0`, `list.length = max`: truncated in place.
      patterns.push(new RegExp(`(?:^|[^\\w$])${name}\\s*\\.\\s*length\\s*=[^=]`));
    }
    if (target.kind === "object" || target.kind === "any") {
      patterns.push(new RegExp(`\\bdelete\\s+(?:[\\w$]+\\s*\\.\\s*)*${name}\\s*[\\[.]`));
      // Meant as one, though the key stays: `map[id] = undefined`.
      patterns.push(
        new RegExp(`(?:^|[^\\w$])${name}\\s*\\[[^\\]]+\\]\\s*=\\s*(?:undefined|null)\\b`),
      );
    }
  }
  if (!patterns.length && !valueCalls) return [];
  const hits: ScoredStatement[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    // A value's own removals: through its key, or a variable read from it.
    const ofValue = valueCalls
      ? readsOf(keyRead(name), text).map((t) => callOn(t, valueCalls))
      : [];
    // Through a local copy of the reference (`const taps = this.#taps` … `taps.splice(at, 1)`).
    const removeCalls = target.calls ?? REMOVE_CALLS[target.kind];
    const throughCopies = removeCalls && target.kind !== "listeners" && COPYABLE.has(target.kind)
      ? copiesOf(name, text).map((c) => callOn(c, removeCalls))
      : [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (isComment(line)) continue;
      let m: RegExpExecArray | null = null;
      let own = false;
      for (const re of ofValue) if ((m = re.exec(line))) break;
      if (m) own = true;
      else for (const re of [...patterns, ...throughCopies]) if ((m = re.exec(line))) break;
      if (!m) continue;
      if (/splice\s*\($/.test(m[0]) && spliceAdds(line, m.index + m[0].length)) continue;
      // `delete(k)` then `set(k, v)`: an entry moved to the end (an LRU's refresh), not removed.
      if (/delete\s*\($/.test(m[0]) && setsAgain(lines, i, name, m.index + m[0].length)) continue;
      let score = (url === target.preferUrl ? 1.5 : 1) + (own ? 2 : 0);
      for (let k = segments.length - 2; k >= 0; k--) {
        if (!line.includes(segments.slice(k).join("."))) break;
        score++;
      }
      hits.push({ statement: { location: matchLocation(url, i, m), text: quote(line) }, score });
    }
  }
  return best(hits, limit);
}

/** Methods that read, take back or end rather than hand something over. */
const NOT_HANDING = new RegExp(
  `^(?:${UNDO_CALLS}|get\\w*|has|clear|emit|close|destroy|end|abort|then|catch|finally|toString|valueOf)$`,
);

/**
 * Calls on an object the program names that hand it something to keep, when the collection
 * that grew is the object's own internals (`liveLog._readableState.pipes`, a channel's
 * `_subscribers`): `liveLog.pipe(filter)` with `filter = new ServiceFilter(…)`, or
 * `channel.subscribe((m) => …)` on the line where the kept functions are made. A call counts
 * only with such evidence: its arguments hold an instance of `entryClass` (made on the line or
 * kept in a variable made from `new entryClass(`), or the entries are made on its line.
 */
export function findHandingStatements(
  sources: [string, string][],
  target: {
    owner: string[];
    entryClass?: string;
    /**
     * Property lists of plain objects the entries keep (`{at, user, action}`): a variable
     * made from an object literal with them is evidence too (`owner.write(event)`).
     */
    keptShapes?: string[][];
    /**
     * The owner's property the growth is in (`_times`): a method named for it (`time`) is
     * the one that fills it, as runtimes name their stores.
     */
    store?: string;
    preferUrl?: string;
    preferLines?: SourceLocation[];
  },
  limit = 3,
): SourceStatement[] {
  const last = target.owner.filter((s) => /^#?[\w$]+$/.test(s)).at(-1);
  if (!last) return [];
  const call = new RegExp(`(?:^|[^\\w$])${escapeRegExp(last)}\\s*\\??\\.\\s*([\\w$]+)\\s*\\(`);
  const cls = target.entryClass && /^[\w$]+$/.test(target.entryClass)
    ? escapeRegExp(target.entryClass)
    : undefined;
  const hits: ScoredStatement[] = [];
  for (const [url, text] of sources) {
    const made = cls
      ? [...text.matchAll(
        new RegExp(
          `\\b(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*(?:await\\s+)?new\\s+${cls}\\s*\\(`,
          "g",
        ),
      )].map((m) => escapeRegExp(m[1]))
      : [];
    for (const keys of target.keptShapes ?? []) made.push(...literalVariables(text, keys));
    const evidence = [...made, ...(cls ? [`new\\s+${cls}\\s*\\(`] : [])];
    const hands = evidence.length
      ? new RegExp(`(?:^|[^\\w$.])(?:${evidence.join("|")})(?![\\w$])`)
      : undefined;
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const m = call.exec(line);
      if (!m || NOT_HANDING.test(m[1]) || isComment(line)) continue;
      let score = 0;
      if (target.preferLines?.some((l) => l.url === url && l.line === i + 1)) score += 2;
      if (hands?.test(line.slice(m.index + m[0].length))) score += 1.5;
      if (target.store && fills(target.store, m[1])) score += 1;
      if (score === 0) continue;
      if (url === target.preferUrl) score += 0.5;
      hits.push({ statement: { location: matchLocation(url, i, m), text: quote(line) }, score });
    }
  }
  return best(hits, limit);
}

/**
 * Where the program stores objects it made as a literal with `keptShapes`' properties (a
 * variable `span = {id, sql, …}`), under whatever name it has there: `conn[key] = span`,
 * `list.push(span)`, `byId.set(id, span)`. For a holder no statement names (a parameter
 * aliases it): its adds are where what it keeps is stored. With the receiver as written.
 */
export function findStoringStatements(
  sources: [string, string][],
  target: { keptShapes: string[][]; preferUrl?: string; preferLines?: SourceLocation[] },
  limit = 2,
): { statement: SourceStatement; receiver: string }[] {
  const receiver = "((?:this\\.)?[#\\w$]+(?:\\.[#\\w$]+)*)";
  const hits: (ScoredStatement & { receiver: string })[] = [];
  for (const [url, text] of sources) {
    const made = target.keptShapes.flatMap((keys) => literalVariables(text, keys));
    if (!made.length) continue;
    const value = `(?:${made.join("|")})`;
    const stores = [
      new RegExp(`(?:^|[^\\w$.#])${receiver}\\s*\\[[^\\]]+\\]\\s*=\\s*${value}\\s*;?\\s*$`),
      new RegExp(
        `(?:^|[^\\w$.#])${receiver}\\s*\\.\\s*(?:push|unshift|add)\\s*\\(\\s*${value}\\s*\\)`,
      ),
      new RegExp(`(?:^|[^\\w$.#])${receiver}\\s*\\.\\s*set\\s*\\([^,]+,\\s*${value}\\s*\\)`),
    ];
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (isComment(lines[i])) continue;
      const m = stores.map((re) => re.exec(lines[i])).find((x) => x !== null);
      if (!m) continue;
      let score = 1;
      if (url === target.preferUrl) score += 0.5;
      if (target.preferLines?.some((l) => l.url === url && Math.abs(l.line - (i + 1)) < 20)) {
        score += 0.5;
      }
      const at = m.index + m[0].indexOf(m[1]);
      hits.push({
        statement: { location: sourceLocation(url, i + 1, at + 1), text: quote(lines[i]) },
        score,
        receiver: m[1],
      });
    }
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit)
    .map(({ statement, receiver }) => ({ statement, receiver }));
}

/**
 * The calls that take back what `method` handed an object (`pipe` → `unpipe`,
 * `addListener` → `removeListener`, `on` → `off`, `time` → `timeEnd`), as a pattern for
 * `findRemovingStatements`. Some calls have none (`write`: what was written is the object's until its consumer reads it).
 */
export function undoCallsFor(method: string): string {
  const undo = [`un${method}`, `un${method[0]?.toUpperCase()}${method.slice(1)}`, `${method}End`];
  const pairs: Record<string, string[]> = {
    start: ["stop", "end"],
    begin: ["end"],
    open: ["close"],
    acquire: ["release"],
    retain: ["release"],
  };
  undo.push(...(pairs[method] ?? []));
  if (method.startsWith("add")) undo.push(`remove${method.slice(3)}`, "delete");
  if (method === "on" || method === "once") undo.push("off", "removeListener");
  if (method === "attach") undo.push("detach");
  if (method === "set") undo.push("delete");
  return undo.filter((u) => /^[\w$]+$/.test(u)).map(escapeRegExp).join("|");
}

/** Whether `method` is named for the store `store` (`time` fills `_times`, `count` `_counts`). */
function fills(store: string, method: string): boolean {
  const name = store.replace(/^[_#]+/, "").toLowerCase();
  const m = method.toLowerCase();
  return m.length >= 3 && [name, name.replace(/s$/, ""), name.replace(/es$/, "")].includes(m);
}

/** Lines an object literal is looked for in after `= {`. */
const LITERAL_LINES = 40;

/**
 * Variables (escaped) a file assigns an object literal with the properties `keys` to
 * (`const event = { at: …, user, action, … }`): the first three of them, as keys of the
 * literal's own level.
 */
function literalVariables(text: string, keys: string[]): string[] {
  const wanted = keys.slice(0, 3);
  if (!wanted.length || !wanted.every((k) => /^[\w$]+$/.test(k))) return [];
  const out: string[] = [];
  // A TypeScript type on the variable is allowed (`const span: QuerySpan = {`).
  const declared = /\b(?:const|let|var)\s+([\w$]+)\s*(?::\s*[\w$.<>[\]|, ]+)?=\s*\{/g;
  for (const m of text.matchAll(declared)) {
    const body = literalBody(text, m.index! + m[0].length);
    const has = (k: string) => new RegExp(`(?:^|[{,\\s])${escapeRegExp(k)}\\s*[:,}]`).test(body);
    if (wanted.every(has)) out.push(escapeRegExp(m[1]));
  }
  return out;
}

/** An object literal's text from just after its `{`, its nested braces' insides left out. */
function literalBody(text: string, from: number): string {
  let depth = 1;
  let out = "";
  let lines = 0;
  for (let i = from; i < text.length && depth > 0 && lines < LITERAL_LINES; i++) {
    const c = text[i];
    if (c === "\n") lines++;
    if (c === "{" || c === "(" || c === "[") depth++;
    else if (c === "}" || c === ")" || c === "]") depth--;
    if (depth === 1 || (depth === 0 && c === "}")) out += c;
  }
  return out;
}

/** Kinds of holder a local copy of the reference is added to like the holder itself. */
const COPYABLE = new Set<AddKind>(["array", "map", "set", "object", "any"]);

/**
 * Variables a file copies the reference `name` (escaped) into: `const headers = name;`,
 * `const cache = reg.owner.#instances;`.
 */
function copiesOf(name: string, text: string): string[] {
  const copy = new RegExp(
    `(?:^|[^\\w$.])([\\w$]+)\\s*=\\s*(?:[\\w$]+\\s*\\??\\.\\s*)*${name}\\s*(?:;|,|\\)|$)`,
    "gm",
  );
  return [...text.matchAll(copy)].map((m) => escapeRegExp(m[1]));
}

/** Whether a file saves the variable `name` (escaped) and later assigns it that saved copy. */
function savedAndRestored(name: string, text: string): boolean {
  const saved = new RegExp(
    `\\b(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*(?:[\\w$]+\\s*\\??\\.\\s*)*${name}\\s*;`,
    "g",
  );
  return [...text.matchAll(saved)].some((m) =>
    new RegExp(`(?:^|[^\\w$])${name}\\s*=\\s*${escapeRegExp(m[1])}\\s*;`, "m").test(text)
  );
}

/** Whether the `set(` whose arguments start at `from` on line `i` follows a delete of its key. */
function movesEntry(lines: string[], i: number, name: string, from: number): boolean {
  const key = lines[i].slice(from).split(",")[0].trim();
  if (!key) return false;
  const deleted = new RegExp(`${name}\\s*\\.\\s*delete\\s*\\(\\s*${escapeRegExp(key)}\\s*\\)`);
  for (let k = Math.max(0, i - 2); k < i; k++) {
    if (deleted.test(lines[k])) return !callbackEndsBetween(lines, k, i);
  }
  return false;
}

/**
 * Whether a callback's body closes between lines `from` and `to` (`})` or `}, …)` after the
 * first): the lines then run at different times (a delete in `.finally(() => …)` is no move).
 */
function callbackEndsBetween(lines: string[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (/^\s*\}\s*[,)]/.test(lines[k])) return true;
  return false;
}

/** Whether the key of the `delete(` on line `i` (arguments from `from`) is set again just after. */
function setsAgain(lines: string[], i: number, name: string, from: number): boolean {
  const key = lines[i].slice(from).split(")")[0].trim();
  if (!key) return false;
  const set = new RegExp(`${name}\\s*\\.\\s*set\\s*\\(\\s*${escapeRegExp(key)}\\s*,`);
  for (let k = i; k <= Math.min(lines.length - 1, i + 2); k++) {
    if (set.test(lines[k])) return !callbackEndsBetween(lines, i, k);
  }
  return false;
}

/** Whether line `i` or the two after it take entries out once a size is over a bound. */
function trimmedAfter(lines: string[], i: number): boolean {
  const trim =
    /\b(?:while|if)\s*\(.*\.\s*(?:length|size)\s*>.*\.\s*(?:delete|shift|pop|splice)\s*\(/;
  for (let k = i; k <= Math.min(lines.length - 1, i + 2); k++) if (trim.test(lines[k])) return true;
  return false;
}

/** Whether line `i` or the two above test that `name` (escaped) is below a size. */
function underSizeGuard(lines: string[], i: number, name: string): boolean {
  const guard = new RegExp(`${name}\\s*\\.\\s*(?:length|size)\\s*<(?!<)`);
  for (let k = Math.max(0, i - 2); k <= i; k++) if (guard.test(lines[k])) return true;
  return false;
}

/** Whether the `splice(` call whose arguments start at `from` has items to insert. */
function spliceAdds(line: string, from: number): boolean {
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
 * The first `require(…)` of something other than a literal in the file at `path` (a CommonJS
 * module's own path): a load that can run again, unlike the requires at the top.
 */
export function findDynamicRequire(
  sources: [string, string][],
  path: string,
): SourceStatement | undefined {
  const hit = sources.find(([url]) => url === path || url.endsWith(path));
  if (!hit) return undefined;
  const lines = hit[1].split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /(?:^|[^\w$.])require\s*\(\s*(?!['"`])/.exec(lines[i]);
    if (!m || isComment(lines[i])) continue;
    return { location: matchLocation(hit[0], i, m), text: quote(lines[i]) };
  }
  return undefined;
}

/**
 * The dynamic `import(…)` that loads the program's module at `url` under a URL that changes
 * (see {@link findChangingCall}), in a file that names the module's file first.
 */
export function findDynamicImport(
  sources: [string, string][],
  url: string,
): SourceStatement | undefined {
  return findChangingCall(sources, "import", url.split("/").pop());
}

/**
 * A call of `callee` (`import`, `Symbol.for`) whose argument is not a literal: one that
 * changes (a template or concatenation: `import(\`${href}?t=${Date.now()}\`)`) before one of
 * a variable; in a file whose text names `hint` first. A literal argument gives the same
 * thing each time.
 */
export function findChangingCall(
  sources: [string, string][],
  callee: string,
  hint?: string,
): SourceStatement | undefined {
  const name = callee.split(".").map(escapeRegExp).join("\\s*\\.\\s*");
  const call = new RegExp(`(?:^|[^\\w$.])${name}\\s*\\(\\s*(?!['"][^'"]*['"]\\s*[,)])`);
  const hits: ScoredStatement[] = [];
  for (const [src, text] of sources) {
    const named = hint !== undefined && hint !== "" && text.includes(hint);
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = call.exec(lines[i]);
      if (!m || isComment(lines[i])) continue;
      const rest = lines[i].slice(m.index + m[0].length);
      if (/^\)/.test(rest)) continue;
      const changing = /^`[^`]*\$\{/.test(rest) || /^[^)]*\+/.test(rest);
      const score = (changing ? 2 : 1) + (named ? 1 : 0);
      hits.push({
        statement: { location: matchLocation(src, i, m), text: quote(lines[i]) },
        score,
      });
    }
  }
  return best(hits, 1)[0];
}

/**
 * The key an add (`conn[spanKey(id)] = span`, `map.set(keyOf(x), v)`) and its removal
 * (`delete conn[spanKey(id)]`, `map.delete(keyOf(x))`) both compute, when computing it makes a
 * new value each time (`Symbol(…)`, an object or array literal, `new …`, or a call of a
 * function of the program that returns one): the removal can never find what the add stored.
 * What makes it new, as a clause: `spanKey() makes a new Symbol()`.
 */
export function freshKey(
  sources: [string, string][],
  add: string,
  removal: string,
): string | undefined {
  const keyOf = (text: string, removing: boolean) =>
    (removing
      ? /\bdelete\s+[\w$.#]+\s*\[(.+)\]\s*;?\s*$/.exec(text) ??
        /\.\s*delete\s*\((.+)\)\s*;?\s*$/.exec(text)
      : /\[(.+)\]\s*=(?!=)/.exec(text) ?? /\.\s*set\s*\(([^,]+),/.exec(text))?.[1]
      .replace(/\s+/g, "");
  const key = keyOf(add, false);
  if (!key || key !== keyOf(removal, true)) return undefined;
  const fresh = /^(?:Symbol\(|\{|\[|new\s)/;
  if (/(?:^|[^\w$.])Symbol\(/.test(key)) return `${key} is a new Symbol()`;
  if (fresh.test(key)) return `${key} is a new object`;
  const fn = /^([\w$]+)\(/.exec(key)?.[1];
  if (!fn) return undefined;
  const name = escapeRegExp(fn);
  const defined = [
    new RegExp(`\\b(?:const|let|var)\\s+${name}\\s*=\\s*(?:\\([^)]*\\)|[\\w$]+)\\s*=>\\s*(.*)`),
    new RegExp(`\\bfunction\\s+${name}\\s*\\([^)]*\\)\\s*\\{[^}]*?\\breturn\\s+(.*)`),
  ];
  for (const [, text] of sources) {
    for (const re of defined) {
      const body = re.exec(text)?.[1]?.trim();
      if (!body) continue;
      if (/^Symbol\(/.test(body)) return `${fn}() makes a new Symbol()`;
      if (fresh.test(body)) return `${fn}() makes a new object`;
    }
  }
  return undefined;
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

/**
 * A function that calls itself: the one declared on `at`'s line (`async function spool()`,
 * `spool = async () =>`, a method `async spool()`) and the first call of it inside its own
 * body (`return spool();`).
 */
export function findSelfCall(
  sources: [string, string][],
  at: SourceLocation,
): { fn: string; statement: SourceStatement } | undefined {
  const lines = sources.find(([url]) => url === at.url)?.[1].split("\n");
  const decl = lines?.[at.line - 1];
  if (!lines || decl === undefined) return undefined;
  const m = /function\s*\*?\s*([\w$]+)|([\w$]+)\s*[=:]\s*async\b|async\s+\*?\s*([\w$]+)\s*\(/
    .exec(decl);
  const fn = m?.[1] ?? m?.[2] ?? m?.[3];
  if (!fn) return undefined;
  const call = new RegExp(`(?:^|[^\\w$.])(?:this\\.)?${escapeRegExp(fn)}\\s*\\(`);
  // The body's lines after the declaration's own.
  const body = blockText(lines, at.line - 1).split("\n");
  for (let k = 1; k < body.length; k++) {
    const hit = isComment(body[k]) ? null : call.exec(body[k]);
    if (hit) {
      const i = at.line - 1 + k;
      return { fn, statement: { location: matchLocation(at.url, i, hit), text: quote(body[k]) } };
    }
  }
  return undefined;
}

/** Methods that make an object ready for reuse: one that skips a field lets it grow. */
const RESET_METHODS =
  /^\s*(?:async\s+)?(reset|clear|release|recycle|reinit|cleanup)\s*\([^)]*\)\s*(?::\s*[\w<>\[\]| ]+)?\s*\{/;

/**
 * A method of class `cls` that readies its objects for reuse (`reset()`, `clear()`,
 * `release()`) without touching `field`: the statement that declares it, or undefined when
 * the class has none or it does touch the field.
 */
export function findSkippingReset(
  sources: [string, string][],
  cls: string,
  field: string,
): SourceStatement | undefined {
  if (!/^[\w$]+$/.test(cls) || !/^#?[\w$]+$/.test(field)) return undefined;
  const classLine = new RegExp(`\\bclass\\s+${escapeRegExp(cls)}\\b`);
  const mentions = new RegExp(`(?:^|[^\\w$])${escapeRegExp(field)}(?![\\w$])`);
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    const start = lines.findIndex((l) => classLine.test(l) && !isComment(l));
    if (start < 0) continue;
    let depth = 0;
    let opened = false;
    for (let i = start; i < lines.length; i++) {
      const line = lines[i];
      // A method at the class body's own level.
      const m = depth === 1 && opened ? RESET_METHODS.exec(line) : null;
      if (m) {
        const body = blockText(lines, i);
        return mentions.test(body) ? undefined : {
          location: sourceLocation(url, i + 1, line.length - line.trimStart().length + 1),
          text: quote(line),
        };
      }
      for (const c of line) {
        if (c === "{") (depth++, opened = true);
        else if (c === "}") depth--;
      }
      if (opened && depth <= 0) break;
    }
  }
  return undefined;
}

/** The text of the block that opens on line `from`, through its closing brace. */
function blockText(lines: string[], from: number): string {
  let depth = 0;
  let opened = false;
  const out: string[] = [];
  for (let i = from; i < lines.length; i++) {
    out.push(lines[i]);
    for (const c of lines[i]) {
      if (c === "{") (depth++, opened = true);
      else if (c === "}") depth--;
    }
    if (opened && depth <= 0) break;
  }
  return out.join("\n");
}

/** Lines above a `set(` looked through for the lookup it answers. */
const LOOKUP_LINES = 20;

/**
 * A cache stored under another key than it is looked up by: on or above `statement`
 * (`compiledRules.set(rule, predicate)`), in its file, the nearest `compiledRules.get(shape)` or
 * `.has(…)` whose key reads otherwise: the lookup (`compiledRules.get(shape)`) and its line.
 */
export function lookupWithOtherKey(
  sources: [string, string][],
  statement: SourceStatement,
): SourceStatement | undefined {
  const set = /([\w$#.]+)\s*\.\s*set\s*\(\s*([^,()]+?)\s*,\s*([^,()]+?)\s*\)/.exec(
    statement.text,
  );
  if (!set) return undefined;
  const [, holder, key, value] = set;
  const lines = sources.find(([url]) => url === statement.location.url)?.[1].split("\n");
  if (!lines) return undefined;
  const lookup = new RegExp(
    `${escapeRegExp(holder)}\\s*\\.\\s*(?:get|has)\\s*\\(\\s*([^,()]+?)\\s*\\)`,
  );
  // The statement's own line first (`m.set(k, (m.get(other) ?? 0) + 1)`), then up.
  const from = statement.location.line - 1;
  for (let i = from; i >= 0 && i > from - LOOKUP_LINES; i--) {
    if (/^\s*(?:export\s+)?(?:async\s+)?function\b/.test(lines[i])) break;
    const m = lookup.exec(lines[i]);
    if (m) {
      // What was found stored again under another key is passed on, not missed (a context
      // copied from the parent's id to the child's: `m.set(asyncId, ctx)`).
      const v = escapeRegExp(value);
      const reassigned = new RegExp(`(?:^|[^\\w$.])${v}\\s*=[^=>]`);
      const passedOn =
        new RegExp(`(?:const|let|var)\\s+${v}\\s*=[^;]*${escapeRegExp(m[0])}`).test(lines[i]) &&
        !lines.slice(i + 1, statement.location.line).some((l) => reassigned.test(l));
      return m[1] === key || passedOn
        ? undefined
        : { location: matchLocation(statement.location.url, i, m), text: m[0] };
    }
  }
  return undefined;
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
  const lines = sources.find(([url]) => url === loc.url)?.[1].split("\n");
  const at = lines?.[loc.line - 1];
  if (!lines || at === undefined) return undefined;
  const indent = (l: string) => l.length - l.trimStart().length;
  const own = indent(at);
  for (let i = loc.line - 2; i >= 0 && own > 0; i--) {
    const l = lines[i];
    if (!l.trim() || isComment(l)) continue;
    if (indent(l) < own) return /[{(:]\s*$/.test(l) ? quote(l) : undefined;
  }
  return undefined;
}

/**
 * Where the program calls the named function whose body holds `at` (`export function
 * channel(kind, id) {` around `return Symbol.for(…)`): the callers decide what is added, and
 * how often. Plain calls only (`channel(`), comments and the definition skipped; in file order.
 */
export function findCallers(
  sources: [string, string][],
  at: SourceLocation,
  limit = 6,
): SourceLocation[] {
  const opener = enclosingOpener(sources, at) ?? "";
  const fn = /\bfunction\s*\*?\s*([\w$]+)\s*\(/.exec(opener)?.[1] ??
    /\b(?:const|let|var)\s+([\w$]+)\s*=\s*(?:async\s*)?(?:function\b|\([^)]*\)\s*=>|[\w$]+\s*=>)/
      .exec(opener)?.[1];
  if (!fn) return [];
  const call = new RegExp(`(?:^|[^\\w$.])${escapeRegExp(fn)}\\s*\\(`);
  const out: SourceLocation[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length && out.length < limit; i++) {
      const m = call.exec(lines[i]);
      if (!m || isComment(lines[i]) || /\bfunction\b|=>/.test(lines[i].slice(0, m.index + 1))) {
        continue;
      }
      if (lines[i].includes(opener.replace(/\s*[{(:]\s*$/, "").trim())) continue;
      out.push(matchLocation(url, i, m));
    }
  }
  return out;
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
    new RegExp(`^\\s*(?:static\\s+|readonly\\s+|private\\s+|public\\s+|#)*${last}\\s*[:=]`),
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
        const makes = /^\s*(\[|\{|new\s|Object\.create|Symbol|""|''|``)/.test(value);
        const score = (makes ? 100 : 0) - rank;
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
