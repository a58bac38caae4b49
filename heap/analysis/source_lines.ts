/**
 * The program's statements behind a suspect, found in its original sources: the line that
 * adds to it (`log.push(`, `sessions.set(`, `rates.on("update"`, `signal.addEventListener(
 * "abort"`, `cache[key] =`, a constructor's `RequestContext.all.push(this)`), the call that
 * hands it something to keep, the factory call or `import()` behind what the runtime keeps,
 * and a helper's callers. Beside it: reading the sources (`source_text.ts`), the patterns the
 * add and removal searches share (`source_patterns.ts`) and the removals (`source_removes.ts`).
 *
 * @module
 */

import type { SourceLocation, SourceStatement } from "../report.ts";
import { sourceLocation } from "./attribution.ts";
import {
  accessorCalls,
  type AddKind,
  callOn,
  copiesOf,
  COPYABLE,
  handedAsOption,
  handedToCall,
  keyRead,
  LISTEN_CALLS,
  movesEntry,
  pathPattern,
  readInto,
  readsOf,
  savedAndRestored,
  spliceAdds,
  trimmedAfter,
  underSizeGuard,
  UNDO_CALLS,
  UNLISTEN_CALLS,
} from "./source_patterns.ts";
import {
  best,
  blockText,
  callText,
  CONSTANT_VALUE,
  dottedPattern,
  enclosingFunction,
  escapeRegExp,
  functionOpened,
  inConstructor,
  isComment,
  matchLocation,
  quote,
  ScoredStatement,
  splitArguments,
} from "./source_text.ts";

/** Calls that add to each kind of holder. */
const ADD_CALLS: Record<Exclude<AddKind, "listeners" | "promise">, string> = {
  array: "push|unshift|splice",
  map: "set",
  set: "add",
  object: "",
  // A value rebuilt as it shrinks (`list = list.filter(…)`) still grows where it is pushed to.
  value: "push|unshift",
  // `use`, `adopt`, `defer`: a (Async)DisposableStack keeps what they hand it until disposed.
  any: "push|unshift|splice|set|add|append|register|use|adopt|defer",
};

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
    /** The class of the entries: a line that makes one (`new Workspace(`) wins a tie. */
    entryClass?: string;
    /**
     * Properties of the object literals among what it keeps (`keptShapes`): a line that stores
     * a variable made as such a literal wins a tie (`set(key, entry)` over `set(key, pending)`).
     */
    keptShapes?: string[][];
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
     * The holder is a linked list the program keeps by its end (`this.#head`): putting a new
     * node there (`this.#head = node`) links it in.
     */
    listEnd?: boolean;
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
    /**
     * The holder is a property of an object (`store.sessions`), not a variable: a bare
     * variable of its name (`sessions[id] = s` on a local) is another thing, ranked below
     * writes through a property (`this.sessions[id] = s`).
     */
    property?: boolean;
  },
  limit = 3,
): SourceStatement[] {
  const segments = target.segments.filter((s) => /^#?[\w$]+$/.test(s));
  const last = segments[segments.length - 1];
  if (!last) return [];
  const name = escapeRegExp(last);
  const madesEntry = target.entryClass && /^[A-Z][\w$]*$/.test(target.entryClass)
    ? new RegExp(`\\bnew\\s+${escapeRegExp(target.entryClass)}\\s*\\(`)
    : undefined;
  const patterns: RegExp[] = [];
  let weakest: RegExp | undefined;
  const linkPatterns: RegExp[] = [];
  const handedEmitter: RegExp[] = [];
  let templated: RegExp[] = [];
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
    // The event named by a template literal (`curtailed:${serial}`) that can spell it: checked
    // against the event below.
    if (target.event !== undefined) {
      patterns.push(
        ...templated = [
          new RegExp(
            `(?:^|[^\\w$])${name}\\s*\\??\\.\\s*(?:${LISTEN_CALLS})\\s*\\(\\s*(${TEMPLATE})`,
          ),
          new RegExp(`(?:^|[^\\w$])(?:on|once)\\s*\\(\\s*${name}\\s*,\\s*(${TEMPLATE})`),
        ],
      );
    }
    // Handed to a call that listens for the caller: a helper given the emitter and the event
    // (`listen(tariffBook, "republish", fn)`), or an API given the emitter as an option
    // (`readline.createInterface({ input: engine.stdout })` reads its 'data'). Ranked below.
    const emitter = pathPattern(segments);
    handedEmitter.push(
      new RegExp(
        `[\\w$.]+\\s*\\(\\s*(?<![\\w$.])${emitter}\\s*,\\s*['"\`]${event}['"\`]`,
      ),
      handedAsOption(emitter),
    );
    patterns.push(...handedEmitter);
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
      // Assigned by destructuring what is made from the old value: `[this.#stream, mine] =
      // this.#stream.tee()`.
      patterns.push(
        new RegExp(
          `^\\s*\\[[^\\]=]*(?:^|[^\\w$])${name}\\s*[,\\]][^\\]=]*\\]\\s*=(?![=>]).*[^\\w$]${name}(?![\\w$])`,
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
      patterns.push(weakest = assignmentOf(name));
    }
  }
  // Not of a constant (that empties the list), ranked below when the node put there is read
  // from another's link (`head = head.next`: the end moved along the list).
  const endPattern = target.listEnd ? assignmentOf(name) : undefined;
  if (endPattern) patterns.push(endPattern);
  if (target.keyed) patterns.length = 0;
  // An object's own slot also grows when the object is handed to a call that registers
  // something with it (`AbortSignal.any([shutdown.signal, …])`): ranked below its own calls.
  const handedTo = target.aliases && segments.length >= 2
    ? handedToCall(pathPattern(segments))
    : undefined;
  if (handedTo) patterns.push(handedTo);
  const symbolReads = target.symbol !== undefined ? symbolVariables(sources, target.symbol) : [];
  // Through a function that returns the collection (`const rules = rulesFor(channel)` …
  // `rules.push(rule)`, where rulesFor returns `byChannel.get(channel)`).
  const accessors = accessorCalls(target.keyed ? keyRead(name) : name, sources);
  const ownField = new RegExp(`\\bthis\\s*\\.\\s*${name}\\s*[.[]`);
  const hits: ScoredStatement[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    const keptLiteral = (target.keptShapes ?? []).flatMap((keys) => literalVariables(text, keys));
    const storesKept = keptLiteral.length
      ? new RegExp(`[(,]\\s*(?:${keptLiteral.join("|")})\\s*[),]`)
      : undefined;
    // Through a local copy of the reference (`const cache = reg.owner.#instances` …
    // `cache.set(k, v)`): for an object's own slot the way in, else ranked below direct adds.
    const throughCopies = target.aliases || COPYABLE.has(target.kind)
      ? copiesOf(name, text).flatMap((a) => addsThrough(a, target.kind, ""))
      : [];
    const viaCopy = new Set(target.aliases ? [] : throughCopies);
    const restored = linkPatterns.length > 0 && savedAndRestored(name, text);
    const viaAccessor = accessors.filter((a) => a.onlyIn === undefined || a.onlyIn === url)
      .flatMap((a) => addsThrough(a.call, target.kind, text));
    // A value kept under a key linking the one it replaces (`const current =
    // this.#latest.get(pair)` … `{ …, previous: current }`): the link keeps the old ones, the
    // set only replaces the entry.
    const keyedLinks = target.kind === "value" && target.link && /^[\w$]+$/.test(target.link)
      ? readsOf(keyRead(name), text).slice(1).map((v) =>
        new RegExp(`(?:^|[^\\w$.])${escapeRegExp(target.link!)}\\s*:\\s*${v}(?![\\w$])`)
      )
      : [];
    const filePatterns = target.keyed
      ? [...keyedPatterns(name, target.kind, text), ...viaAccessor]
      : [
        ...keyedLinks,
        ...patterns,
        ...viaAccessor,
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
      if (templated.includes(matched!) && !spells(m[1], target.event!)) continue;
      // `splice(i, 1)` takes out; only `splice(i, n, item…)` adds.
      if (/splice\s*\($/.test(m[0]) && !spliceAdds(line, m.index + m[0].length)) continue;
      // More of the path on the line (`state.audit.log`, `RequestContext.all`) is better.
      let score = target.property && patterns.includes(matched!) && !throughProperty(line, m, last)
        ? -0.25
        : 0;
      score += matched === weakest
        ? 0.5
        : viaCopy.has(matched!) || matched === handedTo || handedEmitter.includes(matched!)
        ? 0.75
        : 1;
      // A value saved and put back around calls (`const previous = current; current = next; …
      // current = previous`) is a pointer: its assignments hold nothing, a new value's link
      // to the last one is where the chain grows. A value only ever set keeps what it is set
      // to: that assignment comes first.
      if (linkPatterns.includes(matched!) && !restored) score = 0.25;
      if (keyedLinks.includes(matched!)) score = 1.25;
      // Set to the link of what it held (`head = head.previous`): moved back along the chain.
      if (matched === weakest && target.link && linkRead(target.link).test(line)) score = 0.25;
      // Of an unknown collection's calls, `set` is the one that may replace rather than add.
      if (target.kind === "any" && /\bset\s*\($/.test(m[0])) score -= 0.25;
      // `delete(k)` then `set(k, v)` moves an entry to the end (an LRU's refresh): no growth.
      const receiver = /(super|this)\s*\.\s*\w+\s*\($/.exec(m[0])?.[1] ?? name;
      if (/\bset\s*\($/.test(m[0]) && movesEntry(lines, i, receiver, m.index + m[0].length)) {
        score -= 0.5;
      }
      // Setting back the entry just read under the same key (`const hit = cache.get(k)` …
      // `cache.set(k, hit)`) can never add one.
      if (/\bset\s*\($/.test(m[0]) && setsBackRead(lines, i, receiver, m.index + m[0].length)) {
        score -= 1;
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
      // It hands over a new object of the entries' class (`stack.use(new Workspace(job))`).
      if (madesEntry?.test(line)) score += 1;
      // An object's own collection filled in its constructor is filled once per object: the
      // holder of one object grows elsewhere (`Registry.all.push(this)` there is per object).
      if (ownField.test(line) && inConstructor(lines, i)) {
        score -= 0.75;
      }
      if (storesKept?.test(line)) score += 1;
      // A statement at a module's top level runs once, when the module loads: what grows per
      // request is added elsewhere (`draining.catch(() => {})` beside each request's race).
      if (/^\S/.test(line)) score -= 0.75;
      if (matched === endPattern) {
        const value = line.slice(m.index + m[0].length);
        if (/^\s*[\w$]+(?:\s*\??\.\s*[#\w$]+)+\s*;?\s*$/.test(value)) score = 0.25;
        else if (madeAsLiteral(lines, i, value, keptLiteral)) score += 1;
      }
      hits.push({ statement: { location: matchLocation(url, i, m), text: quote(line) }, score });
    }
  }
  return best(hits.filter((h) => h.score > 0), limit);
}

/** Whether the match's `name` is read as a property (`x.name`, `this.#name`, `x?.name`). */
function throughProperty(line: string, m: RegExpExecArray, name: string): boolean {
  const at = m.index + m[0].indexOf(name);
  return /(?:\.|\?\.)\s*$/.test(line.slice(Math.max(0, at - 4), at));
}

/**
 * Whether `value` (an assignment's right side) is a variable of `literals` that its nearest
 * declaration above line `i` makes as an object literal (`const node = {` … `head = node`),
 * not one of that name read from elsewhere (`const node = this.byId.get(id)`).
 */
function madeAsLiteral(lines: string[], i: number, value: string, literals: string[]): boolean {
  const v = /^\s*([\w$]+)\s*;?\s*$/.exec(value)?.[1];
  if (v === undefined || !literals.includes(escapeRegExp(v))) return false;
  const name = escapeRegExp(v);
  const declared = new RegExp(`\\b(?:const|let|var)\\s+${name}\\b`);
  const literal = new RegExp(`\\b${name}\\s*(?::\\s*[\\w$.<>[\\]|, ]+)?=\\s*\\{`);
  for (let k = i; k >= 0; k--) if (declared.test(lines[k])) return literal.test(lines[k]);
  return false;
}

/** A template literal, with substitutions. */
const TEMPLATE = "`(?:[^`\\\\$]|\\$(?!\\{)|\\$\\{[^}]*\\})*`";

/** Whether the template literal `template` (backquotes included) can spell `text`. */
function spells(template: string, text: string): boolean {
  const parts = template.slice(1, -1).split(/\$\{[^}]*\}/);
  if (parts.length < 2) return false;
  return new RegExp(`^${parts.map(escapeRegExp).join(".*")}$`, "s").test(text);
}

/** Lines above a set that a value it sets back may have been read on. */
const READ_BACK_LINES = 8;

/**
 * Whether the `set(` on line `i` (arguments from `from`) puts back under a key what one of the
 * lines just above read from the same collection under it (`const hit = name.get(key)` …
 * `name.set(key, hit)`), or a copy made from that (`const rest = list.filter(…)` after `if
 * (!list) return`): the key is there already, so nothing is added.
 */
function setsBackRead(lines: string[], i: number, name: string, from: number): boolean {
  const [key, value] = (splitArguments(lines[i].slice(from)) ?? []).map((a) => a.trim());
  if (!key || !value || !/^[\w$]+$/.test(value)) return false;
  // Read into `v` on a line of its own (not `map.get(key) ?? []`: a new value when missing).
  const read = readInto(name, key);
  const readsInto = (line: string, v: string) => {
    const m = read.exec(line);
    return m !== null && m[1] === v && /^\s*;?\s*$/.test(line.slice(m.index + m[0].length));
  };
  const copied = new RegExp(
    `\\b${
      escapeRegExp(value)
    }\\s*=\\s*([\\w$]+)\\s*\\.\\s*(?:filter|slice|map|concat|toSorted)\\s*\\(`,
  );
  // Read, and not given another value since (`if (!totals) { totals = {…}; map.set(k, totals) }`).
  const assigned = new RegExp(`(?:^|[^\\w$.])${escapeRegExp(value)}\\s*=(?![=>])`);
  for (let k = i - 1; k >= Math.max(0, i - READ_BACK_LINES); k--) {
    if (readsInto(lines[k], value)) return true;
    const source = copied.exec(lines[k])?.[1];
    if (source !== undefined) {
      // A copy of what was read, when the function leaves if nothing was.
      const guard = new RegExp(`\\bif\\s*\\(\\s*!\\s*${escapeRegExp(source)}\\s*\\)\\s*return\\b`);
      for (let r = k - 1; r >= Math.max(0, k - READ_BACK_LINES); r--) {
        if (readsInto(lines[r], source)) {
          return lines.slice(r + 1, k).some((line) => guard.test(line));
        }
      }
      return false;
    }
    if (assigned.test(lines[k])) return false;
  }
  return false;
}

/** An assignment to `name` (escaped), not of a constant (that sets up or resets). */
function assignmentOf(name: string): RegExp {
  return new RegExp(`(?:\\.${name}|^\\s*${name})\\s*=(?![=>])(?!${CONSTANT_VALUE})`);
}

/** The right side of an assignment reads property `link` (`= retracted.previous`). */
function linkRead(link: string): RegExp {
  return new RegExp(`=(?![=>]).*\\.\\s*${escapeRegExp(link)}(?![\\w$])`);
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
  const made = newOf(cls, "g");
  return firstRunningMatch(sources, made, (m, url, i, line) => ({
    location: matchLocation(url, i, m as RegExpExecArray),
    text: quote(line),
  }));
}

/** `new cls(` as a pattern (not `x.new`), through its `(`. */
function newOf(cls: string, flags = ""): RegExp {
  return new RegExp(`(?:^|[^\\w$.])new\\s+${escapeRegExp(cls)}\\s*\\(`, flags);
}

/** Where the program makes a `cls` (`new QueryContext(…)`), comments skipped; `limit` at most. */
export function findConstructionSites(
  sources: [string, string][],
  cls: string,
  limit = 6,
): SourceLocation[] {
  if (!/^[\w$]+$/.test(cls)) return [];
  const made = newOf(cls);
  const out: SourceLocation[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length && out.length < limit; i++) {
      const m = isComment(lines[i]) ? null : made.exec(lines[i]);
      if (m) out.push(matchLocation(url, i, m));
    }
  }
  return out;
}

/**
 * The first match of `re` (a global pattern) the sources have that `found` makes a finding of,
 * comments skipped: the first inside a block (code that runs again), else the first at a
 * module's top level (runs once).
 */
function firstRunningMatch<T>(
  sources: [string, string][],
  re: RegExp,
  found: (m: RegExpMatchArray, url: string, i: number, line: string) => T | undefined,
): T | undefined {
  let topLevel: T | undefined;
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (isComment(lines[i])) continue;
      for (const m of lines[i].matchAll(re)) {
        const f = found(m, url, i, lines[i]);
        if (f === undefined) continue;
        if (/^\s/.test(lines[i])) return f;
        topLevel ??= f;
      }
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
  return firstRunningMatch(sources, call, (m, url, i, line) => {
    if (!makes(m[1], m[2])) return undefined;
    const at = m.index! + m[0].indexOf(m[1]);
    return {
      statement: { location: sourceLocation(url, i + 1, at + 1), text: quote(line) },
      receiver: m[1],
      method: m[2],
    };
  });
}

/**
 * A call of a static method of class `cls` (`AbortSignal.timeout(`): how a program gets an
 * object of a runtime class it does not construct. One inside a function first.
 */
export function findStaticCall(
  sources: [string, string][],
  cls: string,
): { statement: SourceStatement; method: string } | undefined {
  if (!/^[\w$]+$/.test(cls)) return undefined;
  const call = new RegExp(
    `(?:^|[^\\w$.])${escapeRegExp(cls)}\\s*\\.\\s*([\\w$]+)\\s*\\(`,
    "g",
  );
  return firstRunningMatch(sources, call, (m, url, i, line) => {
    const at = m.index! + m[0].indexOf(cls);
    return {
      statement: { location: sourceLocation(url, i + 1, at + 1), text: quote(line) },
      method: m[1],
    };
  });
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
    let starts: number[] | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      const m = call.exec(line);
      if (!m || NOT_HANDING.test(m[1]) || isComment(line)) continue;
      let score = 0;
      if (target.preferLines?.some((l) => l.url === url && l.line === i + 1)) score += 2;
      if (hands?.test(line.slice(m.index + m[0].length))) score += 1.5;
      else if (target.keptShapes?.length) {
        // An object literal of a kept shape handed over in the call itself.
        starts ??= lineOffsets(lines);
        if (handsLiteral(text, starts[i] + m.index + m[0].length, target.keptShapes)) score += 1.5;
      }
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
        `(?:^|[^\\w$.#])${receiver}\\s*\\.\\s*(?:push|unshift|add|enqueue)\\s*\\(\\s*${value}\\s*\\)`,
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
  if (!keys.length || !keys.slice(0, 3).every((k) => /^[\w$]+$/.test(k))) return [];
  const out: string[] = [];
  // A TypeScript type on the variable is allowed (`const span: QuerySpan = {`).
  const declared = /\b(?:const|let|var)\s+([\w$]+)\s*(?::\s*[\w$.<>[\]|, ]+)?=\s*\{/g;
  for (const m of text.matchAll(declared)) {
    if (literalOfShape(literalBody(text, m.index! + m[0].length), keys)) {
      out.push(escapeRegExp(m[1]));
    }
  }
  return out;
}

/** Where each line starts in the text it was split from. */
function lineOffsets(lines: string[]): number[] {
  const out = new Array<number>(lines.length);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    out[i] = at;
    at += lines[i].length + 1;
  }
  return out;
}

/** Keys written before a spread that make a literal one of a shape (the spread brings the rest). */
const KEYS_BEFORE_SPREAD = 2;

/**
 * Whether an object literal's body (`literalBody`) makes objects with the properties `keys`:
 * it writes the first three; or it writes the first few in their order and then spreads
 * another object, which brings the rest (`{ at: now(), action, ...details }`).
 */
function literalOfShape(body: string, keys: string[]): boolean {
  const has = (text: string, k: string) =>
    new RegExp(`(?:^|[{,\\s])${escapeRegExp(k)}\\s*[:,}]`).test(text);
  if (keys.slice(0, 3).every((k) => has(body, k))) return true;
  const spread = body.indexOf("...");
  if (spread < 0) return false;
  const written = body.slice(0, spread);
  let leading = 0;
  while (leading < keys.length && has(written, keys[leading])) leading++;
  return leading >= KEYS_BEFORE_SPREAD;
}

/**
 * Whether the call whose arguments start at `from` in `text` hands over an object literal of
 * one of `shapes` (`audit.write({ at: now(), action, ...details })`).
 */
function handsLiteral(text: string, from: number, shapes: string[][]): boolean {
  const open = /^\s*\{/.exec(text.slice(from, from + 200));
  if (!open) return false;
  const body = literalBody(text, from + open[0].length);
  return shapes.some((keys) => keys.every((k) => /^[\w$]+$/.test(k)) && literalOfShape(body, keys));
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
 * The program's calls that hand the object named `name` to a function as an argument
 * (`pipeline(source, transform, qcArchive, { end: false })`, `finished(res, done)`,
 * `once(emitter, "ready")`): where a runtime function adds listeners to an emitter on which
 * the program itself never calls `on()`. A call written over several lines is quoted at its
 * first; console output and the object's own methods are not such calls.
 */
export function findHandedToCalls(
  sources: [string, string][],
  name: string,
  limit = 3,
): SourceStatement[] {
  if (!/^[\w$]+$/.test(name)) return [];
  const out: SourceStatement[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    out.push(...callsHanding(url, lines, name, 0, lines.length, limit - out.length));
    if (out.length >= limit) break;
  }
  return out;
}

/** The calls of lines `from`–`to` of one file that take `name` as an argument. */
function callsHanding(
  url: string,
  lines: string[],
  name: string,
  from: number,
  to: number,
  limit: number,
): SourceStatement[] {
  const n = escapeRegExp(name);
  const argument = new RegExp(String.raw`(?:^\s*|[(,]\s*)${n}\s*(?:[,)]|$)`);
  const inline = new RegExp(String.raw`([\w$.]+)\s*\((?:[^()]|\([^()]*\))*?(?<![\w$.])${n}\s*[,)]`);
  const out: SourceStatement[] = [];
  for (let i = from; i < Math.min(to, lines.length) && out.length < limit; i++) {
    const line = lines[i];
    if (isComment(line) || !argument.test(line)) continue;
    let at = i;
    let callee = inline.exec(line)?.[1];
    // An argument on a line of its own: the call opens on a line above.
    for (let k = i - 1; callee === undefined && k >= Math.max(0, i - 6); k--) {
      const opened = /([\w$.]+)\s*\(\s*$/.exec(lines[k]);
      if (opened) {
        callee = opened[1];
        at = k;
      } else if (/[;{}]\s*$/.test(lines[k]) && !/^\s*[\w$.]+\s*[,)]/.test(lines[k])) break;
    }
    if (!callee || /^(?:console\.\w+|import|require)$/.test(callee)) continue;
    if (callee.startsWith(`${name}.`) || NOT_FUNCTIONS_CALLED.test(callee)) continue;
    const m = new RegExp(escapeRegExp(callee)).exec(lines[at]);
    if (m) out.push({ location: matchLocation(url, at, m), text: quote(lines[at]) });
  }
  return out;
}

/** Lines after an options object's literal in which the call it is handed to is looked for. */
const OPTIONS_CALL_LINES = 30;

/**
 * The program's calls that hand the object named `name` over as an option: a value of an
 * object literal (`agent: brochureAgent`) that is an argument of the call
 * (`http.get({ …, agent })`) or is stored in a variable the call takes a few lines on
 * (`const options = { …, agent: brochureAgent }; http.get(options, …)`). Where a runtime
 * object the program never calls a method on is given work that its internals keep.
 */
export function findOptionHandOvers(
  sources: [string, string][],
  name: string,
  limit = 3,
): SourceStatement[] {
  if (!/^[\w$]+$/.test(name)) return [];
  const value = new RegExp(
    String.raw`[{,]\s*[\w$]+\s*:\s*${escapeRegExp(name)}\s*(?=[,}]|$)`,
    "gm",
  );
  const out: SourceStatement[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (const m of text.matchAll(value)) {
      if (out.length >= limit) return out;
      const open = literalStart(text, m.index!);
      if (open < 0) continue;
      const before = text.slice(Math.max(0, open - 400), open);
      const line = lineOf(text, open);
      if (isComment(lines[line])) continue;
      const stored = /\b(?:const|let|var)\s+([\w$]+)\s*(?::[^=;]+)?=\s*$/.exec(before);
      if (stored) {
        out.push(...callsHanding(url, lines, stored[1], line + 1, line + OPTIONS_CALL_LINES, 1));
        continue;
      }
      // The literal is itself an argument: the call that opens before it.
      const call = /([\w$.]+)\s*\((?:[^()]|\([^()]*\))*$/.exec(before);
      if (!call || NOT_FUNCTIONS_CALLED.test(call[1]) || call[1].startsWith(`${name}.`)) continue;
      const at = lineOf(text, open - before.length + call.index);
      const found = new RegExp(escapeRegExp(call[1])).exec(lines[at]);
      if (found) out.push({ location: matchLocation(url, at, found), text: quote(lines[at]) });
    }
  }
  return out;
}

/** Offset of the `{` that opens the object literal around `at`, or -1. */
function literalStart(text: string, at: number): number {
  let depth = 0;
  for (let i = at; i >= 0 && at - i < 4000; i--) {
    const c = text[i];
    if (c === "}" || c === ")" || c === "]") depth++;
    else if (c === "(" || c === "[") {
      if (depth === 0) return -1;
      depth--;
    } else if (c === "{") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** 0-based line of offset `at`. */
function lineOf(text: string, at: number): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < at; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** Words that open a parenthesis without calling anything. */
const NOT_FUNCTIONS_CALLED = /^(?:if|for|while|switch|catch|return|function|typeof)$/;

/**
 * The program's adds of a listener for `event` on an emitter it reaches under another name
 * than `emitter` (a parameter defaulting to it, `this.room`): lines that add one for that
 * event on any receiver, those whose function names `emitter` first. Undefined when none, or
 * when too many tie to tell.
 */
export function findListenerAddForEvent(
  sources: [string, string][],
  event: string,
  emitter: string,
): { statement: SourceStatement; receiver: string } | undefined {
  const re = new RegExp(
    `((?:this\\.)?[#\\w$]+(?:\\.[#\\w$]+)*)\\s*\\??\\.\\s*(?:${LISTEN_CALLS})\\s*\\(\\s*['"\`]${
      escapeRegExp(event)
    }['"\`]`,
  );
  const names = new RegExp(`(?:^|[^\\w$.])${escapeRegExp(emitter)}(?![\\w$])`);
  const hits: (ScoredStatement & { receiver: string })[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = re.exec(lines[i]);
      if (!m || isComment(lines[i])) continue;
      const location = sourceLocation(url, i + 1, m.index + 1);
      const fn = enclosingFunction(sources, location);
      // The emitter handed in under the function's own name for it (`room = machineRoom`).
      const score = 1 + (fn && names.test(fn.text) ? 1 : 0);
      hits.push({ statement: { location, text: quote(lines[i]) }, score, receiver: m[1] });
    }
  }
  hits.sort((a, b) => b.score - a.score);
  if (!hits.length || (hits.length > 1 && hits[1].score === hits[0].score)) return undefined;
  return { statement: hits[0].statement, receiver: hits[0].receiver };
}

/**
 * The statement that stores what `call` returns (`const alertFeed = alerts.subscribe()`,
 * `this.feed = await open()`): the name it is stored under, and the statement.
 */
export function findStoredCall(
  sources: [string, string][],
  call: string,
): { name: string; statement: SourceStatement } | undefined {
  const callee = dottedPattern(call.replace(/\(\)$/, ""));
  const stored = new RegExp(
    `(?:^|[^\\w$.])(?:(?:const|let|var)\\s+)?([\\w$#]+(?:\\.[\\w$#]+)*)\\s*=\\s*(?:await\\s+)?${callee}\\s*\\(`,
  );
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = stored.exec(lines[i]);
      if (!m || isComment(lines[i])) continue;
      return {
        name: m[1],
        statement: { location: matchLocation(url, i, m), text: quote(lines[i]) },
      };
    }
  }
  return undefined;
}

/**
 * A `next()` call on an async iterator whose promise nobody awaits before calling it again
 * (`Promise.race(sources.map((s) => s.next()…))`): each one queues on the generator until it
 * yields again. Calls that are awaited where they are made come last; of the rest, the first.
 */
export function findUnawaitedNext(sources: [string, string][]): SourceStatement | undefined {
  let awaited: SourceStatement | undefined;
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = /\.\s*next\s*\(/.exec(lines[i]);
      if (!m || isComment(lines[i])) continue;
      const statement = { location: matchLocation(url, i, m), text: quote(lines[i]) };
      // `await it.next()`, `await (await it).next()`: the caller waits for each.
      if (!/\bawait\s+[\w$.()[\]\s]*$/.test(lines[i].slice(0, m.index))) return statement;
      awaited ??= statement;
    }
  }
  return awaited;
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
  const name = dottedPattern(callee);
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

/**
 * Where the program calls the named function whose body holds `at` (`export function
 * channel(kind, id) {` around `return Symbol.for(…)`): the callers decide what is added, and
 * how often. Plain calls only (`channel(`), comments and the definition skipped; in file order.
 */
export function findCallers(
  sources: [string, string][],
  at: SourceLocation,
  limit = 6,
  receiver?: string,
): SourceLocation[] {
  const found = enclosingFunction(sources, at);
  if (!found) return [];
  const opener = found.text.split("\n")[0];
  const fn = escapeRegExp(found.name);
  // A method is called on its object (`jar.store(`); one named like a collection's or an
  // emitter's own method would match those calls instead, unless called on the name the
  // program keeps the object under (`quoteCache.set(`).
  // A member assigned a function (`Authenticator.prototype.use = function`) is a method too.
  const method = !new RegExp(`\\bfunction\\s*\\*?\\s*${fn}\\s*\\(|(?<![\\w$.])${fn}\\s*=`).test(
    opener,
  );
  // A private method (`#detach(path) {`) is called as `this.#detach(`, and is no collection's.
  const hash = method && new RegExp(`#${fn}\\s*\\(`).test(opener) ? "#" : "";
  const common = method && !hash && COMMON_METHODS.test(found.name);
  if (common && !receiver) return [];
  const call = new RegExp(
    common
      ? `(?:^|[^\\w$])${escapeRegExp(receiver!)}\\s*\\??\\.\\s*${fn}\\s*\\(`
      : method
      ? `\\.\\s*${hash}${fn}\\s*\\(`
      : `(?:^|[^\\w$.])${fn}\\s*\\(`,
  );
  const out: SourceLocation[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length && out.length < limit; i++) {
      const m = call.exec(lines[i]);
      if (!m || isComment(lines[i]) || /\bfunction\b|=>/.test(lines[i].slice(0, m.index + 1))) {
        continue;
      }
      // A definition of that name (this one, or an override), not a call of it.
      if (functionOpened(lines[i]) === found.name) continue;
      out.push(matchLocation(url, i, m));
    }
  }
  return out;
}

/**
 * Calls of a function the program keeps under `name` (`travelTime(…)`, a memoized function
 * bound as `const travelTime = memoize(estimate)`), comments and its own binding left out.
 */
export function findCallsOf(
  sources: [string, string][],
  name: string,
  limit = 6,
): SourceLocation[] {
  if (!/^[\w$]+$/.test(name)) return [];
  const call = new RegExp(`(?:^|[^\\w$.])${escapeRegExp(name)}\\s*\\(`);
  const out: SourceLocation[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length && out.length < limit; i++) {
      const m = call.exec(lines[i]);
      if (!m || isComment(lines[i]) || /\bfunction\b/.test(lines[i].slice(0, m.index + 1))) {
        continue;
      }
      out.push(matchLocation(url, i, m));
    }
  }
  return out;
}

/** Method names collections, emitters, streams and promises have too: their calls are not told apart. */
const COMMON_METHODS =
  /^(?:set|get|has|add|delete|clear|push|pop|shift|unshift|splice|slice|map|filter|forEach|reduce|find|some|every|on|once|off|emit|write|read|end|send|close|open|then|catch|finally|call|apply|bind|toString|valueOf|toJSON|next|return|throw|run|start|stop|update|handle|process|init|constructor)$/;

/**
 * A helper the program hands an emitter and an event to (`listen(tariffBook, "republish", fn,
 * opts)`, the statement `call`): the lines in the helper's own body that add the listener with
 * those parameters (`target.addEventListener(type, listener, options)`) and take it off again
 * (`target.removeEventListener(type, listener)`). Undefined when the call is no such helper's,
 * or the sources do not define it.
 */
export function listenerHelper(
  sources: [string, string][],
  call: SourceStatement,
): { adds: SourceStatement; removes: SourceStatement[] } | undefined {
  const m = /([\w$]+)\s*\(\s*[\w$.?]+\s*,\s*['"`][^'"`]+['"`]/.exec(call.text);
  if (!m || /^(?:on|once|addEventListener|addListener)$/.test(m[1])) return undefined;
  const helper = escapeRegExp(m[1]);
  const definition = new RegExp(
    `(?:function\\s*\\*?\\s*${helper}\\s*\\(([^)]*)\\)|(?:const|let|var)\\s+${helper}\\s*=\\s*(?:async\\s*)?(?:function\\s*)?\\(([^)]*)\\))`,
  );
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    const at = lines.findIndex((line) => definition.test(line) && !isComment(line));
    if (at < 0) continue;
    const d = definition.exec(lines[at])!;
    const [target, type] = (d[1] ?? d[2]).split(",").map((p) => p.trim().replace(/=.*$/, ""));
    if (!target || !type || !/^[\w$]+$/.test(target) || !/^[\w$]+$/.test(type)) return undefined;
    const body = blockText(lines, at).split("\n");
    const on = (calls: string) =>
      new RegExp(
        `(?:^|[^\\w$])${escapeRegExp(target)}\\s*\\??\\.\\s*(?:${calls})\\s*\\(\\s*${
          escapeRegExp(type)
        }\\b`,
      );
    const adds = on(LISTEN_CALLS);
    const removes = on(UNLISTEN_CALLS);
    const statement = (k: number, re: RegExp): SourceStatement => ({
      location: matchLocation(url, at + k, re.exec(body[k])!),
      text: quote(body[k]),
    });
    const add = body.findIndex((line) => adds.test(line) && !isComment(line));
    if (add < 0) return undefined;
    return {
      adds: statement(add, adds),
      removes: body.flatMap((line, k) =>
        removes.test(line) && !isComment(line) ? [statement(k, removes)] : []
      ),
    };
  }
  return undefined;
}

/**
 * For a function defined at `loc` and handed to an object there (`port2.onmessage = (e) =>`,
 * `socket.on("data", (chunk) =>`): the statement that made that object — the nearest
 * declaration above of the variable it is in (`const { port1, port2 } = new MessageChannel()`).
 * A function handed to the call that makes the object (`const watcher = fs.watch(dir, (e) =>`)
 * is on that statement itself.
 */
export function findReceiverDeclaration(
  sources: [string, string][],
  loc: SourceLocation,
): SourceStatement | undefined {
  const lines = sources.find(([url]) => url === loc.url)?.[1].split("\n");
  const line = lines?.[loc.line - 1];
  if (!lines || line === undefined) return undefined;
  const before = line.slice(0, Math.max(0, loc.column - 1));
  const declared = /^\s*(?:export\s+)?(?:const|let|var)\s+[^=]+=\s*(?:await\s+)?[\w$.]+\s*\(/;
  const receiver = /([\w$]+)\s*\.\s*on[\w$]*\s*=\s*$/.exec(before)?.[1] ??
    /([\w$]+)\s*\.\s*(?:on|once|addListener|prependListener|addEventListener)\s*\([^,]*,\s*$/
      .exec(before)?.[1];
  if (!receiver) {
    if (!declared.test(before)) return undefined;
    return {
      location: sourceLocation(loc.url, loc.line, 1 + line.search(/\S/)),
      text: quote(line),
    };
  }
  const v = escapeRegExp(receiver);
  const declaration = new RegExp(
    `\\b(?:const|let|var)\\s+(?:\\{[^}]*[\\s{,:]${v}\\s*[,}=]|\\[[^\\]]*\\b${v}\\b[^\\]]*\\]|${v}\\b)`,
  );
  for (let i = loc.line - 1; i >= 0; i--) {
    const m = declaration.exec(lines[i]);
    if (m && !isComment(lines[i])) {
      return { location: matchLocation(loc.url, i, m), text: quote(lines[i]) };
    }
  }
  return undefined;
}

/**
 * The local of the function defined at `loc` that holds a collection of class `cls` (`const
 * issued = new Set()`, `const pending = []`): what a suspended generator's or async
 * function's register slot is, since the snapshot does not name it. Only when one local of
 * the function makes such a collection.
 */
export function findFrameLocal(
  sources: [string, string][],
  loc: SourceLocation,
  cls: string,
): string | undefined {
  const lines = sources.find(([url]) => url === loc.url)?.[1].split("\n");
  if (!lines || lines[loc.line - 1] === undefined || !/^[\w$]+$/.test(cls)) return undefined;
  const made = cls === "Array"
    ? `(?:\\[|new\\s+Array\\b|Array\\.from\\b)`
    : cls === "Object"
    ? `\\{`
    : `new\\s+${escapeRegExp(cls)}\\b`;
  const declaration = new RegExp(
    `\\b(?:const|let|var)\\s+([\\w$]+)\\s*(?::[^=;]+)?=\\s*${made}`,
    "g",
  );
  const locals = new Set<string>();
  for (const m of blockText(lines, loc.line - 1).matchAll(declaration)) locals.add(m[1]);
  return locals.size === 1 ? [...locals][0] : undefined;
}

/**
 * A holder grown inside a function the program hands the holder's owner to (`merge(shop
 * .shipping, form)` appends to `shipping.zones` in the merge library): the call, and the one
 * statement of that function's module that adds to a holder of `kind` (`target.push(…)`).
 * `segments` is the holder's path; its next-to-last name is the owner. The callee is found by
 * its import by a relative path (`import merge from "./node_modules/objmerge/index.js"`,
 * `require(…)`); its module's one add is the statement.
 */
export function findHandedHelperAdd(
  sources: [string, string][],
  segments: string[],
  kind: AddKind,
): { adds: SourceStatement; call: SourceStatement } | undefined {
  const names = segments.filter((s) => /^#?[\w$]+$/.test(s));
  const owner = names.at(-2);
  const calls = kind === "listeners" || kind === "promise" ? undefined : ADD_CALLS[kind];
  // A dictionary grows by computed keys (`target[key] = child`).
  const byKey = kind === "object" || kind === "any";
  if (!owner || (!calls && !byKey)) return undefined;
  // The owner by name, or its parent under a computed key (`shadow.state[side]`).
  const parent = names.at(-3);
  const ownerArg = `(?:[\\w$]+\\s*\\??\\.\\s*)*(?:${escapeRegExp(owner)}${
    parent ? `|${escapeRegExp(parent)}\\s*\\[[^\\]]+\\]` : ""
  })`;
  const handed = new RegExp(`(?:^|[^\\w$.])([\\w$]+)\\s*\\(\\s*${ownerArg}\\s*[,)]`);
  // Any receiver: a parameter, `target[key]`, `this.items`.
  const adds = new RegExp(
    [
      ...(calls ? [`[\\w$\\])]\\s*\\.\\s*(?:${calls})\\s*\\(`] : []),
      ...(byKey ? [`[\\w$\\])]\\s*\\[[^\\]]+\\]\\s*=(?![=>])\\s*([\\w$]*)`] : []),
    ].join("|"),
  );
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const m = handed.exec(lines[i]);
      if (!m || isComment(lines[i]) || KEYWORDS.has(m[1])) continue;
      const module = calleeModule(sources, url, text, m[1]);
      if (!module) continue;
      const body = module[1].split("\n");
      const all = body.flatMap((line, k) => {
        const a = adds.exec(line);
        return a && !isComment(line) ? [{ k, a }] : [];
      });
      // Of several, the one that stores what the function made (`child = {}` … `target[key] =
      // child`): a new entry, where the others overwrite values.
      const made = all.filter(({ a }) =>
        a[1] && new RegExp(`\\b${escapeRegExp(a[1])}\\s*=\\s*(?:\\{|\\[|new\\s)`).test(module[1])
      );
      const hits = all.length === 1 ? all : made;
      if (hits.length !== 1) continue;
      const { k, a } = hits[0];
      return {
        adds: { location: matchLocation(module[0], k, a), text: quote(body[k]) },
        call: { location: matchLocation(url, i, m), text: quote(lines[i]) },
      };
    }
  }
  return undefined;
}

/**
 * For a holder that is a Proxy's target (the object behind `new Proxy(target, handler)`): the
 * statement in one of the handler's traps that writes to the target by a computed key
 * (`target[key] = branch` in a `get` trap that makes missing branches), or hands the write on
 * (`Reflect.set(target, key, value)`). A trap that writes on a read comes first: a read then
 * adds entries.
 */
export function findProxyTrapAdd(
  sources: [string, string][],
): { statement: SourceStatement; trap: string } | undefined {
  const trap =
    /\b(get|set|defineProperty|deleteProperty|has)\s*(?::\s*(?:function\s*)?)?\(\s*([\w$]+)/g;
  const hits: (ScoredStatement & { trap: string })[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (isComment(lines[i]) || !/\bnew\s+Proxy\s*\(/.test(lines[i])) continue;
      const call = callText(lines, i).split("\n");
      // Each trap's first parameter is the target, under whatever name the trap gives it.
      let current: { trap: string; target: RegExp } | undefined;
      for (let k = 0; k < call.length; k++) {
        const line = call[k];
        if (isComment(line)) continue;
        for (const m of line.matchAll(trap)) {
          const p = escapeRegExp(m[2]);
          current = {
            trap: m[1],
            target: new RegExp(
              `(?:^|[^\\w$.])(?:${p}\\s*\\[[^\\]]+\\]\\s*=(?![=>])|Reflect\\s*\\.\\s*(?:set|defineProperty)\\s*\\(\\s*${p}\\s*,)`,
            ),
          };
        }
        const w = current?.target.exec(line);
        if (!w || !current) continue;
        const at = w.index + (w[0].match(/^[^\w$]/) ? 1 : 0);
        hits.push({
          statement: { location: sourceLocation(url, i + k + 1, at + 1), text: quote(line) },
          score: (current.trap === "get" ? 2 : 1) + (/Reflect/.test(w[0]) ? 0 : 0.5),
          trap: current.trap,
        });
      }
    }
  }
  const [top] = hits.sort((a, b) => b.score - a.score);
  return top && { statement: top.statement, trap: top.trap };
}

/**
 * The lines that read a key of the holder at `segments` (`blocks.badges[badge]`): where a
 * Proxy's get trap that makes missing entries runs.
 */
export function findKeyedReads(
  sources: [string, string][],
  segments: string[],
  limit = 6,
): SourceLocation[] {
  const names = segments.filter((s) => /^#?[\w$]+$/.test(s));
  if (!names.length) return [];
  const read = new RegExp(`(?:^|[^\\w$.#])${pathPattern(names)}\\s*\\[`);
  const out: SourceLocation[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length && out.length < limit; i++) {
      const m = read.exec(lines[i]);
      if (m && !isComment(lines[i])) out.push(matchLocation(url, i, m));
    }
  }
  return out;
}

/** How many helpers deep a holder handed as an argument is followed. */
const HANDED_DEPTH = 3;

/**
 * A holder handed as an argument to a function of the program that adds to that parameter,
 * itself or through another it hands it to (`mergeInto(cue.context, seen)` → `observe(into, …)`
 * → `vector.set(replica, counter)`): the add, and the program's call that hands the holder.
 * `segments` is the holder's path; its last name is what the call passes (`x.context`).
 */
export function findParameterAdd(
  sources: [string, string][],
  segments: string[],
  kind: AddKind,
): { adds: SourceStatement; call: SourceStatement } | undefined {
  const last = segments.filter((s) => /^#?[\w$]+$/.test(s)).at(-1);
  const calls = kind === "listeners" || kind === "promise" ? undefined : ADD_CALLS[kind];
  if (!last || !calls) return undefined;
  const holderArg = new RegExp(`^(?:[\\w$]+\\s*\\??\\.\\s*)*${escapeRegExp(last)}$`);
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      if (isComment(lines[i])) continue;
      for (const c of callsOn(lines[i])) {
        const k = c.args.findIndex((a) => holderArg.test(a));
        if (k < 0) continue;
        const adds = paramAdd(sources, c.fn, k, calls, 0);
        if (adds) {
          return {
            adds,
            call: { location: sourceLocation(url, i + 1, c.at + 1), text: quote(lines[i]) },
          };
        }
      }
    }
  }
  return undefined;
}

/** The calls on a line with their callee, arguments (top level, trimmed) and column. */
function callsOn(line: string): { fn: string; args: string[]; at: number }[] {
  const out: { fn: string; args: string[]; at: number }[] = [];
  for (const m of line.matchAll(/(?:^|[^\w$.])([\w$]+)\s*\(/g)) {
    if (KEYWORDS.has(m[1])) continue;
    const args = splitArguments(line.slice(m.index + m[0].length));
    if (args) {
      out.push({
        fn: m[1],
        args: args.map((a) => a.trim()),
        at: m.index + m[0].indexOf(m[1]),
      });
    }
  }
  return out;
}

/**
 * The statement of function `fn` (defined in the sources) that adds to its parameter `k`,
 * following it into the functions it hands that parameter to.
 */
function paramAdd(
  sources: [string, string][],
  fn: string,
  k: number,
  calls: string,
  depth: number,
): SourceStatement | undefined {
  if (depth >= HANDED_DEPTH) return undefined;
  const f = escapeRegExp(fn);
  const definition = new RegExp(
    `(?:\\bfunction\\s*\\*?\\s*${f}|^\\s*(?:(?:static|async|public|private)\\s+)*${f}|\\b${f}\\s*=\\s*(?:async\\s*)?(?:function\\b)?)\\s*\\(([^)]*)\\)`,
  );
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const d = definition.exec(lines[i]);
      if (!d || isComment(lines[i])) continue;
      const param = /^\s*(?:\.\.\.)?([\w$]+)/.exec(d[1].split(",")[k] ?? "")?.[1];
      if (!param) continue;
      const body = blockText(lines, i).split("\n");
      const add = callOn(escapeRegExp(param), calls);
      for (let b = 1; b < body.length; b++) {
        if (isComment(body[b])) continue;
        const a = add.exec(body[b]);
        if (a) return { location: matchLocation(url, i + b, a), text: quote(body[b]) };
      }
      // Handed on: the same parameter as an argument of another function.
      for (let b = 1; b < body.length; b++) {
        for (const c of callsOn(body[b])) {
          const j = c.args.indexOf(param);
          if (j < 0 || c.fn === fn) continue;
          const deeper = paramAdd(sources, c.fn, j, calls, depth + 1);
          if (deeper) return deeper;
        }
      }
    }
  }
  return undefined;
}

/** Words that look like a call before `(` but are not one. */
const KEYWORDS = new Set(["if", "for", "while", "switch", "catch", "return", "function", "typeof"]);

/**
 * The source (url, text) of the module whose export `name` is, as the file at `url` imports it
 * by a relative path: `import name from "./x.js"`, `import { name } from …`, `const name =
 * require("./x")`.
 */
function calleeModule(
  sources: [string, string][],
  url: string,
  text: string,
  name: string,
): [string, string] | undefined {
  const n = escapeRegExp(name);
  const imported = new RegExp(
    `(?:import\\s+(?:${n}\\b|\\{[^}]*\\b${n}\\b[^}]*\\})[^;]*?from\\s*|(?:const|let|var)\\s+(?:${n}\\b|\\{[^}]*\\b${n}\\b[^}]*\\})\\s*=\\s*require\\s*\\(\\s*)['"](\\.{1,2}/[^'"]+)['"]`,
  ).exec(text)?.[1];
  if (!imported) return undefined;
  let target: string;
  try {
    target = new URL(imported, url).href;
  } catch {
    return undefined;
  }
  return sources.find(([u]) =>
    u === target || u === `${target}.js` || u === `${target}/index.js` ||
    u === `${target}.mjs` || u === `${target}.cjs` || u === `${target}.ts`
  );
}
