/**
 * The statements meant to take a suspect's entries out again (`delete`, `splice`, `off`,
 * `removeEventListener`, a reset) and why they miss: a key made anew each time, a lookup with
 * another key, a reset skipped.
 *
 * @module
 */

import type { SourceLocation, SourceStatement } from "../report.ts";
import { sourceLocation } from "./attribution.ts";
import {
  AddKind,
  callOn,
  copiesOf,
  COPYABLE,
  keyExpression,
  keyRead,
  readInto,
  readsOf,
  setsAgain,
  spliceAdds,
  trimmedAfter,
  UNLISTEN_CALLS,
} from "./source_patterns.ts";
import { constantNamed, constantValue } from "./source_delay.ts";
import { literalKeyDelete, uncalledRemoval } from "./source_mistakes.ts";
import {
  assignmentOf,
  best,
  blockText,
  callPrefix,
  dottedPattern,
  enclosingFunction,
  escapeRegExp,
  functionOpened,
  inConstructor,
  indentation,
  isComment,
  linesAt,
  matchLocation,
  quote,
  removalCalls,
  ScoredStatement,
  splitArguments,
  variableAdded,
} from "./source_text.ts";

/** Calls that take entries out of each kind of holder (`splice` only in its removing form). */
const REMOVE_CALLS: Partial<Record<AddKind, string>> = {
  array: "splice|shift|pop",
  map: "delete|clear",
  set: "delete|clear",
  any: "splice|shift|pop|delete|clear",
};

/**
 * The accessors of a file that hand out a copy of the collection `name` (escaped): a getter or
 * a method without parameters returning `[...this.#followers]`, `this.list.slice()`,
 * `Array.from(…)`, `new Map(…)`. What is taken out of their result stays in the collection.
 */
export function copyingAccessors(name: string, text: string): string[] {
  const of = `(?:(?:this|[\\w$]+)\\s*\\??\\.\\s*)*${name}`;
  const copy =
    `(?:\\[\\s*\\.\\.\\.\\s*${of}\\s*\\]|${of}\\s*\\.\\s*(?:slice|concat)\\s*\\(\\s*\\)|` +
    `Array\\s*\\.\\s*from\\s*\\(\\s*${of}\\s*\\)|new\\s+(?:Map|Set|Array)\\s*\\(\\s*${of}\\s*\\)|` +
    `structuredClone\\s*\\(\\s*${of}\\s*\\))`;
  const accessor = new RegExp(
    `(?:^|[\\s;{}])(?:get\\s+)?([\\w$]+)\\s*\\(\\s*\\)\\s*(?::[^{;]*)?\\{\\s*return\\s+${copy}\\s*;?\\s*\\}`,
    "g",
  );
  return [...text.matchAll(accessor)].map((m) => m[1]).filter((a) => a !== "constructor");
}

/**
 * Whether `removal` takes out of a copy of the collection `name`: one an accessor of its file
 * hands out (its result, or a local it was read into), or a local its function made
 * (`const doable = this.#waiting.filter(…)`). What the copy is, if so.
 */
export function removesFromCopy(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  name: string,
): { accessor: string } | { local: string; call: string } | undefined {
  const text = sources.find(([url]) => url === removal?.location.url)?.[1];
  if (!removal || text === undefined) return undefined;
  for (const accessor of copyingAccessors(escapeRegExp(name), text)) {
    if (copyReads(escapeRegExp(accessor), text).some((r) => new RegExp(r).test(removal.text))) {
      return { accessor };
    }
  }
  const lines = text.split("\n");
  const copy = localCopies(escapeRegExp(name), lines).find((c) =>
    c.removal.test(removal.text) && inScopeOf(lines, c, removal.location.line - 1)
  );
  return copy ? { local: copy.local, call: copy.call } : undefined;
}

/** A local a function makes as a copy of a collection, and a removal from it. */
interface LocalCopy {
  local: string;
  /** What made it: `filter`, `slice`, `[...]`, `Array.from`. */
  call: string;
  /** Its line (0-based). */
  line: number;
  removal: RegExp;
}

/**
 * The locals a file makes as a copy of the collection `name` (escaped):
 * `const doable = this.#waiting.filter(…)`, `[...list]`, `list.slice()`, `Array.from(list)`,
 * each with a pattern for a removal from it (through a `sort`/`reverse`, which keep the copy:
 * `doable.sort(byDue).shift()`).
 */
function localCopies(name: string, lines: string[]): LocalCopy[] {
  const of = `(?:(?:this|[\\w$]+)\\s*\\??\\.\\s*)*${name}`;
  const made = new RegExp(
    `(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*(?:${of}\\s*\\.\\s*(${COPYING_CALLS})\\s*\\(|` +
      `(\\[)\\s*\\.\\.\\.\\s*${of}\\s*\\]|(Array\\s*\\.\\s*from)\\s*\\(\\s*${of}\\s*[,)])`,
  );
  const out: LocalCopy[] = [];
  lines.forEach((line, i) => {
    const m = made.exec(line);
    if (!m || isComment(line)) return;
    const local = escapeRegExp(m[1]);
    out.push({
      local: m[1],
      call: m[2] ?? (m[3] ? "[...]" : "Array.from"),
      line: i,
      removal: new RegExp(
        `(?:^|[^\\w$.])${local}(?:\\s*\\.\\s*(?:sort|reverse)\\s*\\([^()]*\\))*\\s*\\.\\s*(?:${REMOVE_CALLS.any})\\s*\\(`,
      ),
    });
  });
  return out;
}

/** Calls that return a new array of a collection's entries. */
const COPYING_CALLS = "filter|slice|concat|map|flatMap|toSorted|toReversed|toSpliced";

/**
 * Whether line `at` is after the copy in the function that made it, and that function does not
 * make the copy the collection (`this.items = kept`): then removing from it removes from both.
 */
function inScopeOf(lines: string[], copy: LocalCopy, at: number): boolean {
  if (at <= copy.line || functionStart(lines, at) !== functionStart(lines, copy.line)) return false;
  const back = new RegExp(`=\\s*${escapeRegExp(copy.local)}\\s*;?\\s*$`);
  for (
    let i = copy.line + 1;
    i < lines.length && functionStart(lines, i) === functionStart(lines, copy.line);
    i++
  ) {
    if (back.test(lines[i])) return false;
    if (i - copy.line > MAX_FUNCTION_LINES) break;
  }
  return true;
}

/**
 * How a file reaches a copy `accessor` (escaped) hands out, as regular expressions' texts
 * ending at the receiver of a call: `this.followers.` and the locals read from it.
 */
function copyReads(accessor: string, text: string): string[] {
  const read = `(?:this|[\\w$]+)\\s*\\??\\.\\s*${accessor}(?:\\s*\\(\\s*\\))?(?![\\w$(])`;
  const calls = REMOVE_CALLS.any;
  const out = [`${read}\\s*\\.\\s*(?:${calls})\\s*\\(`];
  const local = new RegExp(`(?:const|let|var)\\s+([\\w$]+)\\s*=\\s*${read}\\s*;?`, "g");
  for (const m of text.matchAll(local)) {
    out.push(
      `(?:^|[^\\w$.])${escapeRegExp(m[1])}\\s*\\.\\s*(?:${calls})\\s*\\(`,
    );
  }
  return out;
}

/** The right side of an assignment that rebuilds the array `name` (escaped) shorter. */
function shrunkCopy(name: string): string {
  return `(?:(?:this|[\\w$]+)\\s*\\??\\.\\s*)*${name}\\s*\\.\\s*(?:slice|filter)\\s*\\(`;
}

/**
 * Whether the assignment on line `i` is under a test that `name` has no value yet (`if
 * (this.items == null)`, `if (!cache)`, `if (x.items === undefined)`), on its line or the
 * line above.
 */
function madeWhenMissing(lines: string[], i: number, name: string): boolean {
  const n = escapeRegExp(name);
  const missing = new RegExp(
    String
      .raw`\bif\s*\(\s*(?:!\s*(?:[\w$#]+\s*\??\.\s*)*${n}\s*\)|(?:[\w$#]+\s*\??\.\s*)*${n}\s*={2,3}\s*(?:null|undefined)\s*\))`,
  );
  return [lines[i], lines[i - 1] ?? ""].some((l) => missing.test(l));
}

/**
 * A holder that is a property, emptied by a new collection through its owner (`this.#waiting
 * = []`, `state.queue = new Map()` for `state.queue`): another object's property of the same
 * name (`order.holds = []` beside a module's `holds`) is not it, and a bare `name = []` is as
 * often a class field's declaration.
 */
function emptiedBy(name: string, owner: string): RegExp {
  const by = /^[\w$]+$/.test(owner) ? `(?:this|${escapeRegExp(owner)})` : "this";
  return new RegExp(
    `(?:^|[^\\w$.])${by}\\s*\\??\\.\\s*${name}\\s*=\\s*(?:\\[\\s*\\]|new\\s+(?:Map|Set|Array)\\s*\\(\\s*\\))`,
  );
}

/**
 * Whether `removal` is a `delete(key)` of the key the add at `addedAt` sets, before it in its
 * function (see {@link replacesAdded}): it runs only when that key is added again.
 */
export function removesOnlyReadded(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  addedAt: SourceLocation | undefined,
): boolean {
  if (!removal || !addedAt) return false;
  const { url, line, column } = removal.location;
  const lines = linesAt(sources, removal.location);
  if (!lines) return false;
  const at = lines[line - 1];
  const call = /delete\s*\(/.exec(at.slice(column - 1));
  return call !== null &&
    replacesAdded(lines, line - 1, column - 1 + call.index + call[0].length, addedAt, url);
}

/**
 * Whether the `delete(` whose key starts at `from` on line `at` deletes, before the add (at
 * `addedAt`, in the same function), the key it sets: `delete(key)` … `set(key, value)`.
 */
function replacesAdded(
  lines: string[],
  at: number,
  from: number,
  addedAt: SourceLocation | undefined,
  url: string,
): boolean {
  if (!addedAt || addedAt.url !== url) return false;
  const add = lines[addedAt.line - 1] ?? "";
  const key = lines[at].slice(from).split(")")[0].trim();
  const added = /\.\s*set\s*\(\s*([^,]+?)\s*,/.exec(add)?.[1];
  // Before the add only: a delete of the same key after it (in a `finally`) ends the entry.
  return key !== "" && key === added && at < addedAt.line - 1 &&
    functionStart(lines, at) === functionStart(lines, addedAt.line - 1);
}

/**
 * Whether line `at` trims `name` (escaped) right after another add to it (`this.log.push(e);
 * if (this.log.length > LIMIT) this.log.shift()`) while the add on line `add` is not trimmed:
 * the add skips the cap the other one keeps.
 */
function skipsCapAt(lines: string[], add: number, at: number, name: string): boolean {
  if (add < 0 || add >= lines.length || trimmedAfter(lines, add)) return false;
  const adds = new RegExp(`(?:^|[^\\w$])${name}\\s*\\.\\s*(?:push|unshift|set|add)\\s*\\(`);
  for (let k = Math.max(0, at - 2); k < at; k++) {
    if (k !== add && adds.test(lines[k]) && trimmedAfter(lines, k)) return true;
  }
  return false;
}

/**
 * Whether `removal` is the cap another add of the holder applies while the add at `addedAt`
 * skips it (see {@link skipsCapAt}): the other add's line, if so.
 */
export function capSkippedBy(
  sources: [string, string][],
  removal: SourceStatement | undefined,
  addedAt: SourceLocation | undefined,
): number | undefined {
  if (!removal || !addedAt || removal.location.url !== addedAt.url) return undefined;
  const lines = linesAt(sources, removal.location);
  const at = removal.location.line - 1;
  const name = /([#\w$]+)\s*\.\s*(?:length|size)\s*>/.exec(removal.text)?.[1];
  if (!lines || !name || !skipsCapAt(lines, addedAt.line - 1, at, escapeRegExp(name))) {
    return undefined;
  }
  for (let k = at - 1; k >= Math.max(0, at - 2); k--) if (trimmedAfter(lines, k)) return k + 1;
  return undefined;
}

/** What empties a whole holder: `clear()`, `length = 0`, a new empty collection. */
const EMPTIES = /(?:\bclear\s*\(|\blength\s*=|=\s*(?:\[|new\s))[^]*$/;

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
    /** The statement that adds: a removal after it in its own function is its bound. */
    addedAt?: SourceLocation;
    /** Field values every kept entry has (`shared_values.ts`): a removal they skip is it. */
    shared?: [string, string][];
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
      // The method handed to another call (`keys.forEach(map.delete, map)`, `.bind(map)`).
      patterns.push(
        new RegExp(
          `(?:^|[^\\w$])${name}\\s*\\??\\.\\s*(?:${calls})\\s*(?=[,)]|\\.\\s*bind\\s*\\()`,
        ),
      );
    }
    if (target.kind === "array" || target.kind === "any") {
      // `list.length = 0`, `list.length = max`: truncated in place.
      patterns.push(new RegExp(`(?:^|[^\\w$])${name}\\s*\\.\\s*length\\s*=[^=]`));
      // `list = list.slice(-max)`, `this.log = this.log.filter(…)`: rebuilt shorter.
      patterns.push(new RegExp(`(?:^|[^\\w$])${name}\\s*=\\s*${shrunkCopy(name)}`));
      // Rebuilt from trimmed parts of it (`this.#jobs = running.concat(finished.slice(-keep))`).
      // Not a declaration (`const head = parts.slice(0, n)`): that is a new variable of the name.
      patterns.push(
        new RegExp(
          `(?:^|[^\\w$.])(?<!\\b(?:const|let|var)\\s+)(?:this\\s*\\.\\s*)?${name}\\s*=(?!=)[^;]*\\.\\s*(?:slice|filter)\\s*\\(`,
        ),
      );
    }
    if (target.kind !== "object" && segments.length >= 2) {
      patterns.push(emptiedBy(name, segments[segments.length - 2]));
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
  const added = target.addedAt;
  const addText = added
    ? sources.find(([url]) => url === added.url)?.[1].split("\n")[added.line - 1]
    : undefined;
  const hits: RankedRemoval[] = [];
  // Removals of the key the add sets, before it in its function, and ones that empty the whole
  // holder (see below).
  const replacing: RankedRemoval[] = [];
  const emptying: RankedRemoval[] = [];
  /** Removals aimed at entries the kept ones cannot be (`aimedPastNull`): last. */
  const aimedElsewhere: RankedRemoval[] = [];
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    // A value's own removals: through its key, or a variable read from it.
    const valueReads = valueCalls ? readsOf(keyRead(name), text) : [];
    const ofValue = [
      ...valueReads.map((t) => callOn(t, valueCalls!)),
      // A variable read from the key, rebuilt shorter (`list = list.filter(…)`): meant to take
      // entries out, it misses them unless written back (see `rebuiltReadFix`).
      ...(valueKindCopies(target.valueKind) ? valueReads.slice(1).map((v) => rebuiltFrom(v)) : []),
    ];
    // A copying call whose result is thrown away (`stack.slice(-MAX);` as a statement): meant
    // to trim, it leaves the collection as it was.
    const discarded = target.kind === "listeners" ? [] : [
      ...valueReads,
      ...copiesOf(name, text),
      `(?:[\\w$]+\\s*\\??\\.\\s*)*${name}`,
    ].map(discardedCopy);
    // Through a local copy of the reference (`const taps = this.#taps` … `taps.splice(at, 1)`).
    const removeCalls = target.calls ?? REMOVE_CALLS[target.kind];
    const throughCopies = removeCalls && target.kind !== "listeners" && COPYABLE.has(target.kind)
      ? copiesOf(name, text).map((c) => callOn(c, removeCalls))
      : [];
    // Out of a copy an accessor hands out (`const followers = this.followers` … `splice`):
    // meant to take the entry out, and misses it.
    const fromCopies = target.kind !== "listeners"
      ? copyingAccessors(name, text).flatMap((a) => copyReads(escapeRegExp(a), text))
        .map((r) => new RegExp(r))
      : [];
    // Out of a local copy its function made (`const doable = this.#waiting.filter(…)` …
    // `doable.shift()`): the entry stays in the collection.
    const localCopied = target.kind !== "listeners" ? localCopies(name, lines) : [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (isComment(line)) continue;
      let m: RegExpExecArray | null = null;
      let own = false;
      for (const re of ofValue) if ((m = re.exec(line))) break;
      if (m) own = true;
      else for (const re of [...patterns, ...throughCopies]) if ((m = re.exec(line))) break;
      let thrownAway = false;
      if (!m) {
        for (const re of discarded) {
          if ((m = re.exec(line)) && copyDiscarded(line, m.index + m[0].length)) break;
          m = null;
        }
        // Or handed to a helper of the program that returns a trimmed copy (`without(list, x);`).
        if (!m && target.kind !== "listeners") {
          const call = discardedHelperCall(sources, line, name);
          if (call) m = /\S[^(]*\(/.exec(line.slice(call.index)) ?? null;
          if (m) m.index += call!.index;
        }
        thrownAway = own = m !== null;
      }
      let ofCopy = false;
      if (!m) { for (const re of fromCopies) if ((m = re.exec(line))) break; }
      if (m && !own) ofCopy = fromCopies.some((re) => re.test(line));
      if (!m) {
        for (const c of localCopied) {
          if ((m = c.removal.exec(line)) && inScopeOf(lines, c, i)) break;
          m = null;
        }
        ofCopy = m !== null;
      }
      if (!m) continue;
      if (/splice\s*\($/.test(m[0]) && spliceAdds(line, m.index + m[0].length)) continue;
      // A constructor's `this.items = []` makes the holder, it does not empty it.
      if (/=\s*(?:\[\s*\]|new\s)/.test(m[0]) && inConstructor(lines, i)) continue;
      // Nor does one made only when there is none yet (`if (this.items == null) this.items =
      // []`, `if (!cache) cache = new Map()`): it empties nothing.
      if (
        /=\s*(?:\[\s*\]|\{\s*\}|new\s)/.test(line.slice(m.index)) && madeWhenMissing(lines, i, name)
      ) {
        continue;
      }
      // `if (previous) { map.delete(key); … }` then `map.set(key, …)` in the add's own
      // function: the entry replaced under its key, taken out only when its key comes again.
      const replaces = /delete\s*\($/.test(m[0]) &&
        replacesAdded(lines, i, m.index + m[0].length, target.addedAt, url);
      // `delete(k)` then `set(k, v)`: an entry moved to the end (an LRU's refresh), not removed.
      if (/delete\s*\($/.test(m[0]) && setsAgain(lines, i, name, m.index + m[0].length)) continue;
      let score = (url === target.preferUrl ? 1.5 : 1) + (own || ofCopy ? 2 : 0) +
        placeScore(
          lines,
          i,
          name,
          m[0],
          url === target.addedAt?.url ? target.addedAt.line - 1 : -1,
        );
      for (let k = segments.length - 2; k >= 0; k--) {
        if (!line.includes(segments.slice(k).join("."))) break;
        score++;
      }
      // Written to take entries out only of entries that have a field set (`if (t.lastPingAt &&
      // …)`), which every kept entry lacks (`lastPingAt: null`): they can never go. (A flag
      // set false or another state's value is a kind the removal leaves by design.)
      const unset = skippedByShared(lines, i, target.shared);
      if (unset?.runsOnly && (unset.value === "null" || unset.value === "undefined")) score += 1.5;
      // Aimed at one entry its caller names (`forget(id)`: `if (entry.record?.id === id)`) by a
      // field every kept entry has null: by design not theirs, whatever else misses them.
      const aimed = aimedPastNull(lines, i, target.shared);
      if (keyBuiltAnew(addText, line)) score += 1;
      // Under a name of the add's own kind (`dispensed:${…}` for `dispensed:${…}`), not the
      // name of another event or key family the program also adds and removes.
      score += literalStartScore(addText, line.slice(m.index));
      const statement = { location: matchLocation(url, i, m), text: quote(line) };
      // A trim that does nothing is the one that misses, whatever else takes entries out.
      if (thrownAway) score += 3;
      // The cap another add of the holder applies, which this add skips: the bound it misses.
      if (added && url === added.url && skipsCapAt(lines, added.line - 1, i, name)) score += 3;
      const hit = {
        statement,
        score,
        uncalled: uncalledRemoval(sources, statement) !== undefined,
        sweep: inSweep(lines, i, name),
      };
      if (aimed) aimedElsewhere.push(hit);
      else if (replaces) replacing.push(hit);
      else if (EMPTIES.test(m[0])) emptying.push(hit);
      else hits.push(hit);
    }
  }
  // A removal in a function nothing calls is not the one that runs and misses, when a sweep of
  // the holder runs (an API the program never uses beside the expiry that should do the work).
  const all = [...hits, ...replacing, ...emptying, ...aimedElsewhere];
  if (all.some((h) => h.sweep && !h.uncalled)) {
    for (const h of all) if (h.uncalled && !h.sweep) h.score -= 1;
  }
  // A replacement is the holder's removal only when nothing else takes entries out one by one
  // (a TTL checked when a key is read again, with no sweep): then it comes before a call that
  // empties the whole holder (a reset the program may never make).
  const aimed = best(aimedElsewhere, limit);
  if (!replacing.length) return [...best([...hits, ...emptying], limit), ...aimed].slice(0, limit);
  return [...best(hits, limit), ...best(replacing, limit), ...best(emptying, limit), ...aimed]
    .slice(0, limit);
}

/** The fixed start of a line's first string or template literal (`dispensed:` of `dispensed:${id}`). */
function literalStart(text: string): string | undefined {
  const m = /[`'"]([^`'"$\\]*)/.exec(text);
  return m && m[1].length >= 2 ? m[1] : undefined;
}

/**
 * +1 when an add's and a removal's first literals start the same way (see
 * {@link literalStart}), -1 when both have one and they differ, else 0.
 */
function literalStartScore(add: string | undefined, removal: string): number {
  const a = add === undefined ? undefined : literalStart(add);
  const r = literalStart(removal);
  return a === undefined || r === undefined ? 0 : a === r ? 1 : -1;
}

/** A removal found, with its rank and whether anything calls its function. */
interface RankedRemoval extends ScoredStatement {
  /** Its function is called nowhere in the program (see `uncalledRemoval`). */
  uncalled: boolean;
  /** In a loop over the holder (see `inSweep`). */
  sweep: boolean;
}

/**
 * `target.slice(…)` (or another copying call) as a whole statement, its result unused, alone
 * or under an `if (…)` on its line: group 0 ends at the call's `(`.
 */
function discardedCopy(target: string): RegExp {
  return new RegExp(`${STATEMENT_START}${target}\\s*\\??\\.\\s*(?:${TRIMMING_COPIES})\\s*\\(`);
}

/** Whether a value of this kind is rebuilt by a copying call (an array's filter or slice). */
function valueKindCopies(kind: AddKind | undefined): boolean {
  return kind === "array" || kind === "any";
}

/** `v = v.filter(`, `v = v.slice(`: the variable `v` (escaped) given a shorter copy of itself. */
function rebuiltFrom(v: string): RegExp {
  return new RegExp(`(?:^|[^\\w$.])${v}\\s*=\\s*${v}\\s*\\.\\s*(?:slice|filter)\\s*\\(`);
}

/**
 * A removal that rebuilds a variable read from a collection's key (`let list =
 * this.#watchers.get(lift)` … `list = list.filter(…)`) and never hands the copy back to the
 * collection in its function (no `set(…, list)`, `[k] = list`): the collection keeps the old
 * array. The variable and the line it was read on.
 */
export function rebuiltRead(
  sources: [string, string][],
  removal: SourceStatement | undefined,
): { variable: string; readLine: number } | undefined {
  const v = removal
    ? /^([\w$]+)\s*=\s*([\w$]+)\s*\.\s*(?:filter|slice)\s*\(/.exec(removal.text)
    : null;
  if (!removal || !v || v[1] !== v[2]) return undefined;
  const fn = enclosingFunction(sources, removal.location);
  if (!fn) return undefined;
  const name = escapeRegExp(v[1]);
  const lines = fn.text.split("\n");
  const at = removal.location.line - fn.line;
  const read = new RegExp(
    `\\b(?:let|var)\\s+${name}\\s*(?::[^=]+)?=\\s*[^;]*\\.\\s*get\\s*\\(|\\b${name}\\s*=\\s*[^;=]*\\[[^\\]]+\\]\\s*;`,
  );
  const readAt = lines.slice(0, at).findLastIndex((l) => read.test(l));
  if (readAt < 0) return undefined;
  const handedBack = new RegExp(
    `\\.\\s*set\\s*\\([^,]+,\\s*${name}\\s*\\)|\\]\\s*=\\s*${name}\\b|\\breturn\\s+${name}\\s*(?:;|$)`,
  );
  if (lines.slice(at + 1).some((l) => handedBack.test(l))) return undefined;
  return { variable: v[1], readLine: fn.line + readAt };
}

/**
 * Whether the copying call whose arguments start at `from` could be meant to trim and its
 * result is dropped: not a whole copy (`slice()`, `slice(0)`: made to walk or hand out), and
 * nothing after it on its line reads the result (`list.slice().map(fn)` uses it). A call that
 * goes on past its line counts as dropped.
 */
function copyDiscarded(line: string, from: number): boolean {
  let depth = 0;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth-- > 0) continue;
      if (/^\s*0?\s*$/.test(line.slice(from, i))) return false;
      return /^\s*(?:;|\/\/|$)/.test(line.slice(i + 1));
    }
  }
  return true;
}

/** Copying calls a program uses to drop entries (`slice(-max)`, `filter(live)`). */
const TRIMMING_COPIES = "slice|filter|toSpliced";

/** The start of a statement, alone on its line or under an `if (…)` or `else` there. */
const STATEMENT_START = "^\\s*(?:(?:if|else)\\b[^;{]*?\\)\\s*|else\\s+)?";

/**
 * A function of the program that returns a trimmed copy of one of its parameters and leaves
 * that parameter as it was (`function without(list, ...values) { return list.filter(…) }`):
 * called as a statement, it takes nothing out of what it is handed.
 */
export interface CopyingHelper {
  name: string;
  /** Position of the parameter it copies. */
  param: number;
  /** The copying call (`filter`). */
  call: string;
  location: SourceLocation;
}

/** Lines after a function's first that its return may be on. */
const HELPER_LINES = 8;

const helpersOf = new WeakMap<[string, string][], CopyingHelper[]>();

/** The program's functions that return a trimmed copy of a parameter (see {@link CopyingHelper}). */
export function copyingHelpers(sources: [string, string][]): CopyingHelper[] {
  const known = helpersOf.get(sources);
  if (known) return known;
  const out: CopyingHelper[] = [];
  const opening =
    /(?:^|[^\w$.])(?:function\s*\*?\s*([\w$]+)\s*(?:<[^>]*>)?\s*\(([^)]*)\)|(?:const|let|var)\s+([\w$]+)\s*=\s*(?:async\s+)?(?:function\s*)?\(([^)]*)\)\s*(?::[^=]+)?=>)/;
  for (const [url, text] of sources) {
    const lines = text.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const f = opening.exec(lines[i]);
      if (!f || isComment(lines[i])) continue;
      const name = f[1] ?? f[3];
      const params = (f[2] ?? f[4]).split(",").map((p) =>
        p.trim().replace(/^\.\.\./, "").split(/[=:?]/)[0].trim()
      );
      // Up to the next function's opening: its return is its own.
      const next = lines.slice(i + 1, i + HELPER_LINES + 1).findIndex((l) => opening.test(l));
      const body = lines.slice(i, next < 0 ? i + HELPER_LINES + 1 : i + 1 + next);
      for (const [k, p] of params.entries()) {
        if (!/^[\w$]+$/.test(p)) continue;
        const v = escapeRegExp(p);
        const copy = new RegExp(
          `(?:\\breturn\\s+|=>\\s*)${v}\\s*\\.\\s*(${TRIMMING_COPIES})\\s*\\(`,
        );
        const at = body.findIndex((l) => copy.test(l));
        if (at < 0) continue;
        // One that also takes entries out in place is a removal, not a copy.
        const inPlace = new RegExp(
          `\\b${v}\\s*\\.\\s*(?:splice|shift|pop|length\\s*=(?!=))`,
        );
        if (body.slice(0, at + 1).some((l) => inPlace.test(l))) continue;
        const line = body[at];
        out.push({
          name,
          param: k,
          call: copy.exec(line)![1],
          location: sourceLocation(url, i + at + 1, line.search(/\S/) + 1),
        });
        break;
      }
    }
  }
  helpersOf.set(sources, out);
  return out;
}

/**
 * A call of a copying helper handed `holder` (a pattern for its last segment) as the argument
 * it copies, as a statement whose result is dropped: the helper, when the line is one.
 */
export function discardedHelperCall(
  sources: [string, string][],
  line: string,
  holder = "[\\w$#]+",
): { helper: CopyingHelper; index: number } | undefined {
  for (const helper of copyingHelpers(sources)) {
    const m = new RegExp(`${STATEMENT_START}${escapeRegExp(helper.name)}\\s*\\(`).exec(line);
    if (!m) continue;
    const from = m.index + m[0].length;
    const arg = splitArguments(line.slice(from))?.[helper.param]?.trim();
    if (!arg || !new RegExp(`(?:^|[\\w$\\])]\\s*\\??\\.\\s*)${holder}$`).test(arg)) continue;
    if (copyDiscarded(line, from)) return { helper, index: m.index };
  }
  return undefined;
}

/** Whether a removal line is a copying call whose result is thrown away (see `discardedCopy`). */
export function discardsCopy(line: string): string | undefined {
  const m = new RegExp(
    `${STATEMENT_START}[\\w$#.?]+\\s*\\.\\s*(${TRIMMING_COPIES})\\s*\\(`,
  ).exec(line);
  return m && copyDiscarded(line, m.index + m[0].length) ? m[1] : undefined;
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
  // Node's emitters also take every listener of an event out at once.
  if (["on", "once", "addListener", "prependListener", "prependOnceListener"].includes(method)) {
    undo.push("off", "removeListener", "removeAllListeners");
  }
  if (method === "attach") undo.push("detach");
  if (method === "set") undo.push("delete");
  return undo.filter((u) => /^[\w$]+$/.test(u)).map(escapeRegExp).join("|");
}

/**
 * Whether a removal's key is built there from parts (`keyOf({ court, slot })`, a template
 * string) while the add's is not: built anew it must come out exactly as the stored one did
 * (the same key order, the same spelling), the usual way such a removal misses.
 */
export function keyBuiltAnew(add: string | undefined, removal: string): boolean {
  // An object or array literal, or a template; not a property read (`entity[TMP_ID]`).
  const built = (key: string | undefined) => key !== undefined && /[{`]|(?<![\w$\])])\[/.test(key);
  return add !== undefined && built(keyExpression(removal, true)) &&
    !built(keyExpression(add, false));
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
  const key = keyExpression(add, false);
  if (!key || key !== keyExpression(removal, true)) return undefined;
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
      const sameKey = m[1] === key || fieldSetTo(lines, i, from, key) === m[1].replace(/\s+/g, "");
      return sameKey || passedOn
        ? undefined
        : { location: matchLocation(statement.location.url, i, m), text: m[0] };
    }
  }
  return undefined;
}

/**
 * What a key read from a field of an object literal built between lines `from` and `to` was set
 * to there (`job.id` after `const job = { id: reminder.appointment, … }` is
 * `reminder.appointment`), spaces taken out; undefined when the key is not such a field.
 */
function fieldSetTo(lines: string[], from: number, to: number, key: string): string | undefined {
  const m = /^([\w$]+)\s*\.\s*([\w$]+)$/.exec(key.trim());
  if (!m) return undefined;
  const opened = new RegExp(
    String.raw`\b(?:const|let|var)\s+${escapeRegExp(m[1])}\s*(?::[^=]+)?=\s*\{`,
  );
  const field = new RegExp(
    String.raw`(?:^|[{,])\s*${escapeRegExp(m[2])}\s*:\s*([^,{}]+?)\s*(?:,|}|$)`,
  );
  const shorthand = new RegExp(String.raw`(?:^|[{,])\s*${escapeRegExp(m[2])}\s*(?:,|}|$)`);
  for (let k = to; k >= from; k--) {
    if (!opened.test(lines[k])) continue;
    for (let j = k; j <= to; j++) {
      const text = j === k ? lines[j].slice(lines[j].indexOf("{") + 1) : lines[j];
      const value = field.exec(text)?.[1] ?? (shorthand.test(text) ? m[2] : undefined);
      if (value !== undefined) return value.replace(/\s+/g, "");
      // The literal's closing brace: the field is not in it.
      if (j > k && /^\s*\}/.test(lines[j]) && indentation(lines[j]) <= indentation(lines[k])) break;
    }
    return undefined;
  }
  return undefined;
}

/**
 * When the removal trims a local copy (`let { revisions } = board` … `revisions =
 * revisions.slice(-max)`): the local's name, the holder left as it was being the property of
 * that name. Undefined when the removal writes to the holder itself.
 */
export function trimmedLocal(
  sources: [string, string][],
  removal: SourceStatement,
): string | undefined {
  const m = /^\s*([\w$]+)\s*=\s*([\w$]+)\s*\.\s*(?:slice|filter)\s*\(/.exec(removal.text);
  if (!m || m[1] !== m[2]) return undefined;
  const text = sources.find(([url]) => url === removal.location.url)?.[1];
  const lines = text?.split("\n").slice(0, removal.location.line - 1) ?? [];
  const name = escapeRegExp(m[1]);
  // Declared above it from an object's property of the same name, in the same function.
  const copy = new RegExp(
    `\\b(?:let|var)\\s+(?:\\{[^}]*\\b${name}\\b[^}]*\\}\\s*=|${name}\\s*=\\s*[\\w$.]+\\.${name}\\s*;)`,
  );
  for (let i = lines.length - 1; i >= 0 && /^\s/.test(lines[i]); i--) {
    if (copy.test(lines[i])) return m[1];
  }
  return undefined;
}

/**
 * How a removal's place ranks it among the holder's others: one in the add's own function,
 * before or after the add, is its bound (a cache's eviction); one that visits every entry (a
 * sweep, in a loop over the holder) is the one that should have taken out entries nobody looks
 * up again; one that an earlier return or throw of its function skips is the usual leak on an
 * error path; `clear()` empties the holder on a reset or shutdown, not once per entry as the
 * adds need. `addLine` is the add's line index in the same file, else -1.
 */
function placeScore(
  lines: string[],
  at: number,
  name: string,
  call: string,
  addLine: number,
): number {
  let score = /\bclear\s*\($/.test(call) ? -0.5 : 0;
  const start = functionStart(lines, at);
  if (addLine >= 0 && addLine !== at && functionStart(lines, addLine) === start) score += 1;
  // Or in a function the add's own one calls after it (`this.#dropOldest()` after the push).
  else if (addLine >= 0 && calledAfter(lines, addLine, functionOpened(lines[start] ?? ""))) {
    score += 1;
  } // Or one the add's function calls as it returns on one path and skips on another.
  else if (addLine >= 0 && exitSkipping(lines, addLine, functionOpened(lines[start] ?? ""))) {
    score += 1;
  }
  if (inSweep(lines, at, name, start)) score += 0.5;
  if (skippedByReturn(lines, at)) score += 0.75;
  // A sweep that stops at the first entry not due yet: one that lives longer keeps the rest.
  if (stopsAtFirstFresh(lines, at) >= 0) score += 0.75;
  // Taking out the key its function just read (an expiry checked on a look-up) covers only the
  // keys read again: a sweep, or any other removal, is the one that misses the rest.
  if (deletesKeyRead(lines, at, start, name, call)) score -= 1;
  // Written to take entries out, and skips some or all of them.
  if (
    splicesWalkingForward(lines, at) || insideLazyHelper(lines, at) ||
    clearedHandleSkipsArm(lines, at)
  ) score += 1.5;
  else if (literalKeyDelete(lines, at, start, name)) score += 1.5;
  else if (deletesOtherVariable(lines, at, addLine)) score += 1.5;
  else if (deletesOtherKey(lines, at, addLine)) score += 1.5;
  else if (comparedWithCopy(lines, at) || comparedWithOther(lines, at)) score += 1.5;
  else if (comparedWithField(lines, at, addLine)) score += 1.5;
  else if (clearedTimerStrands(lines, at)) score += 1.5;
  // Under a time comparison with a constant of an hour or more (`now - e.firstSentAt >
  // GIVE_UP_MS`, a day): no entry of a measured run is that old yet, so it is not the
  // removal that missed them.
  if (waitsLongerThanARun(lines, at, start)) score -= 1;
  // Cleanup when something failed (a rejected load, a catch block) does not run for the
  // entries the normal path leaves: any other removal is the one that misses them.
  if (onFailurePath(lines, at)) score -= 1;
  return score;
}

/**
 * Whether line `at` is in a sweep of the holder `name`: a loop over it, or one that drains it
 * while its head qualifies (`while (queue.length > 0 && queue[0].expiresAt <= now)
 * queue.shift()`), inside its function (which opens on line `start`).
 */
function inSweep(lines: string[], at: number, name: string, start = functionStart(lines, at)) {
  const own = indentation(lines[at]);
  const loop = new RegExp(
    `\\bfor\\s*\\(.*\\bof\\s+(?:[\\w$]+\\s*\\??\\.\\s*)*${name}\\b|${name}\\s*\\.\\s*forEach\\s*\\(|\\bwhile\\s*\\(.*(?:^|[^\\w$])${name}\\b`,
  );
  for (let i = at - 1; i > start; i--) {
    if (indentation(lines[i]) < own && loop.test(lines[i])) return true;
  }
  return false;
}

/**
 * A `delete(` inside the add's own function (a timeout's callback there) by another of that
 * function's variables than the key the add uses (`waiting.delete(req)` beside
 * `waiting.set(res, waiter)` in `wait(req, res)`): nothing was added under that key, so nothing
 * is taken out. The two keys; undefined when the removal is not such a one.
 */
export function deletesOtherVariable(
  lines: string[],
  at: number,
  addLine: number,
): { removed: string; added: string; addedAs?: string } | undefined {
  if (addLine < 0 || addLine === at) return undefined;
  const added = variableAdded(lines[addLine]);
  // A variable, or a property of one (`ctx.id`).
  const removed = /\.\s*delete\s*\(\s*([\w$]+(?:\s*\.\s*[\w$]+)*)\s*\)/.exec(lines[at])?.[1]
    .replace(/\s+/g, "");
  if (!added || !removed || added === removed) return undefined;
  const start = functionStart(lines, addLine);
  if (start < 0 || at <= start) return undefined;
  const body = blockText(lines, start).split("\n");
  if (at >= start + body.length) return undefined;
  // Both the function's own: parameters or declared in it before the removal.
  const before = body.slice(1, at - start);
  const root = removed.split(".")[0];
  if (takenFromKeys(before, root)) return undefined;
  if (!boundIn(lines[start], before, added) || !boundIn(lines[start], before, root)) {
    return undefined;
  }
  // The add's key made from the removal's own (`const key = ctx.traceId ?? ctx.id`): they
  // differ only when the first is there; made as the same value, they do not differ at all.
  const value = new RegExp(
    String.raw`\b(?:const|let|var)\s+${escapeRegExp(added)}\s*=\s*(.+?);?\s*$`,
  )
    .exec(
      before.find((l) =>
        new RegExp(String.raw`\b(?:const|let|var)\s+${escapeRegExp(added)}\s*=`).test(l)
      ) ?? "",
    )
    ?.[1].trim();
  if (value !== undefined && value.replace(/\s+/g, "") === removed) return undefined;
  return value !== undefined && value.replace(/\s+/g, "").includes(removed)
    ? { removed, added, addedAs: value }
    : { removed, added };
}

/**
 * Whether `name` is bound in `lines` to a key read from a collection's own keys (`const
 * [oldestKey] = this.#entries.entries().next().value`, `for (const [key] of cache)`): some
 * entry is under it, whatever the add called its key.
 */
function takenFromKeys(lines: string[], name: string): boolean {
  const v = escapeRegExp(name);
  const declared = new RegExp(
    String.raw`\b(?:const|let|var)\s+(?:\[[^\]]*\b${v}\b[^\]]*\]|${v})\s*=(.*)`,
  );
  const looped = new RegExp(String.raw`\bfor\s*\(\s*(?:const|let|var)\s+[^;]*\b${v}\b[^;]*\bof\b`);
  return lines.some((l) => {
    if (looped.test(l)) return true;
    const value = declared.exec(l)?.[1];
    return value !== undefined && /\.\s*(?:keys|entries)\s*\(\s*\)/.test(value);
  });
}

/**
 * A `delete(` in another function than the add's, by another key than the add's while the
 * add's key is at hand there: the add puts `hold` in (`slotSet.add(hold)`) and `release(id)`
 * has `hold` too but deletes `id`; the add keys by `order.fqdn` and `fail(order)` deletes
 * `order.domain`. Where the two differ nothing is taken out. The two keys as written, spaces
 * taken out; undefined when the removal is not such a one.
 */
export function deletesOtherKey(
  lines: string[],
  at: number,
  addLine: number,
): { removed: string; added: string } | undefined {
  if (addLine < 0 || addLine === at) return undefined;
  const key = String.raw`([\w$]+(?:\s*\.\s*[\w$]+)?)`;
  const compact = (t: string | undefined) => t?.replace(/\s+/g, "");
  const adding = new RegExp(String.raw`\.\s*(set|add)\s*\(\s*${key}\s*[,)]`).exec(lines[addLine]);
  const added = compact(adding?.[2]);
  const removed = compact(
    new RegExp(String.raw`\.\s*delete\s*\(\s*${key}\s*\)`)
      .exec(lines[at])?.[1],
  );
  if (!added || !removed || added === removed || /^this\./.test(added)) return undefined;
  const start = functionStart(lines, at);
  if (start < 0 || start === functionStart(lines, addLine)) return undefined;
  const body = blockText(lines, start).split("\n").slice(1, at - start);
  const [base, field] = added.split(".");
  const atHand = boundIn(lines[start], body, base);
  if (field !== undefined) {
    // Another field of the same object (`order.domain` where the add keys by `order.fqdn`).
    const [other, otherField] = removed.split(".");
    return other === base && otherField !== undefined && atHand ? { removed, added } : undefined;
  }
  // A set of objects: the object's own field, or the key it was looked up by, deleted instead
  // of the object (`const hold = this.byId.get(id)` … `slots.delete(id)`).
  if (adding![1] !== "add") return undefined;
  if (removed.startsWith(`${base}.`) && atHand) {
    return { removed, added };
  }
  const lookedUp = new RegExp(
    String.raw`\b(?:const|let|var)\s+${escapeRegExp(base)}\s*=\s*[^;]*\.\s*get\s*\(\s*${
      escapeRegExp(removed)
    }\s*\)`,
  );
  return body.some((l) => lookedUp.test(l)) ? { removed, added } : undefined;
}

/**
 * Whether `name` is a parameter of the function `opener` opens, or one of `body`'s lines (the
 * function's, before the line looked at) declares it.
 */
function boundIn(opener: string, body: string[], name: string): boolean {
  const params = /\(([^)]*)\)/.exec(opener)?.[1] ?? "";
  if (new RegExp(String.raw`(?<![\w$.])${escapeRegExp(name)}(?![\w$])`).test(params)) return true;
  const n = escapeRegExp(name);
  // Declared alone, or taken apart from another value (`const { signal } = controller`).
  const declared = new RegExp(
    String
      .raw`\b(?:const|let|var)\s+(?:${n}\b|\{[^}=]*(?<![\w$.:])${n}\b(?!\s*:)[^}=]*\}|\[[^\]=]*(?<![\w$.])${n}\b[^\]=]*\])`,
  );
  return body.some((l) => declared.test(l));
}

/**
 * A removal beside a removal from another collection (`finish()`: `queue.delete(delivery.id)`
 * and `byMerchant.get(…)?.delete(delivery.id)`) where another function takes the same entry out
 * of that other collection only (`giveUp()`: `queue.delete(delivery.id)`) and never names this
 * one nor calls the removal's function: work that ends there leaves its entry. The other
 * function's name, the line index of its removal, and the removal it shares.
 */
export function partnerRemovedAlone(
  lines: string[],
  at: number,
  add: string,
): { fn: string; line: number; shared: string } | undefined {
  const start = functionStart(lines, at);
  const fn = start >= 0 ? functionOpened(lines[start]) : undefined;
  const root = removalRoot(lines[at]);
  if (!fn || !root) return undefined;
  const compact = (l: string) => l.replace(/\s+/g, "").replace(/;$/, "");
  const removal = /^[\w$#.]+\.(?:delete|remove)\(([^()]*)\)$/;
  const key = /\.\s*(?:delete|remove)\s*\(([^()]*)\)\s*;?\s*$/.exec(lines[at])?.[1]?.replace(
    /\s+/g,
    "",
  );
  if (key === undefined) return undefined;
  const body = blockText(lines, start).split("\n");
  // Taken out of both together: the statement just before or after, by the same key.
  const partners = [at - 1, at + 1].flatMap((k) =>
    k > start && k < start + body.length && !lines[k].includes(root) &&
      removal.exec(compact(lines[k]))?.[1] === key
      ? [compact(lines[k])]
      : []
  );
  // The other collection holds the same objects: the program adds the add's value to it too.
  const value = addedValue(add);
  const holdsSame = (partner: string) => {
    const other = removalRoot(partner);
    const adds = other === undefined ? undefined : new RegExp(
      String.raw`(?<![\w$])${escapeRegExp(other)}\s*\.\s*(?:set\s*\([^,]+,|add\s*\(|push\s*\()`,
    );
    return adds !== undefined && lines.some((l) => {
      const m = adds.exec(l);
      return m !== null && addedValue(l.slice(m.index)) === value;
    });
  };
  const same = value ? partners.filter(holdsSame) : [];
  if (!same.length) return undefined;
  const mentions = new RegExp(String.raw`(?<![\w$])${escapeRegExp(root)}(?![\w$])`);
  const callsFn = callOf(fn);
  for (let i = 0; i < lines.length; i++) {
    if (i >= start && i < start + body.length) continue;
    if (isComment(lines[i]) || !same.includes(compact(lines[i]))) continue;
    const from = functionStart(lines, i);
    const other = from >= 0 ? functionOpened(lines[from]) : undefined;
    if (!other || other === fn) continue;
    const text = blockText(lines, from).split("\n").filter((l) => !isComment(l));
    if (text.some((l) => mentions.test(l) || callsFn.test(l))) continue;
    return { fn: other, line: i, shared: lines[i].trim() };
  }
  return undefined;
}

/** The variable an add puts in (`delivery` in `queue.set(delivery.id, delivery)`). */
function addedValue(add: string): string | undefined {
  const m = /\.\s*(?:set\s*\([^,]+,|add\s*\(|push\s*\()\s*([\w$]+)\s*\)/.exec(add);
  return m?.[1];
}

/**
 * The variable or property a line's removal call starts from (`byMerchant` in
 * `byMerchant.get(m)?.delete(id)`, `map` in `while (…) this.map.delete(k)`).
 */
function removalRoot(line: string): string | undefined {
  const call = /\??\.\s*(?:delete|remove)\s*\(/.exec(line);
  if (!call) return undefined;
  let before = line.slice(0, call.index);
  for (let prev = ""; prev !== before;) {
    [prev, before] = [before, before.replace(/\([^()]*\)/g, "")];
  }
  return /(?:this\s*\.\s*)?(#?[\w$]+)[\w$#.?]*$/.exec(before.trimEnd())?.[1];
}

/**
 * A splice at an index found by comparing each entry with a value the entries hold as a field
 * (`this.#order.push(entry)` after `const entry = { key, value }`, then `findIndex((node) =>
 * node === key)` or `indexOf(key)` before `splice(at, 1)`): an entry is never its own field,
 * so the index is -1 and nothing is taken out. The name compared, the line (0-based) that
 * compares it, the entries' fields and the line (0-based) that makes them.
 */
export function comparedWithField(
  lines: string[],
  at: number,
  addLine: number,
): { compared: string; lookupAt: number; fields: string[]; madeAt: number } | undefined {
  const index = /\.\s*splice\s*\(\s*([\w$]+)\s*,/.exec(lines[at])?.[1];
  if (!index || addLine < 0) return undefined;
  let compared: string | undefined;
  let lookupAt = -1;
  for (let k = at; k >= Math.max(0, at - 3) && compared === undefined; k--) {
    const lookup = new RegExp(
      String.raw`\b${escapeRegExp(index)}\s*=\s*[^;]*\.\s*(findIndex|indexOf)\s*\((.*)`,
    ).exec(lines[k]);
    if (!lookup) continue;
    lookupAt = k;
    if (lookup[1] === "indexOf") compared = /^\s*([\w$]+)\s*\)/.exec(lookup[2])?.[1];
    else {
      const test = /^\s*\(?\s*([\w$]+)\s*\)?\s*=>\s*([\w$]+)\s*===?\s*([\w$]+)\s*\)/
        .exec(lookup[2]);
      if (test) {
        compared = test[2] === test[1] ? test[3] : test[3] === test[1] ? test[2] : undefined;
      }
    }
  }
  const pushed = /\.\s*push\s*\(\s*(\{.*\}|[\w$]+)\s*\)/.exec(lines[addLine])?.[1];
  if (!compared || !pushed) return undefined;
  let literal: string | undefined = pushed.startsWith("{") ? pushed : undefined;
  let madeAt = addLine;
  for (let k = addLine - 1; !literal && k >= Math.max(0, addLine - 10); k--) {
    literal = new RegExp(String.raw`\b(?:const|let|var)\s+${escapeRegExp(pushed)}\s*=\s*(\{.*\})`)
      .exec(lines[k])?.[1];
    if (literal) madeAt = k;
  }
  const fields = literal
    ? (splitArguments(literal.slice(1, -1) + ")") ?? [])
      .map((f) => /^\s*([\w$]+)\s*(?::|$)/.exec(f)?.[1])
      .filter((f): f is string => f !== undefined)
    : [];
  return fields.includes(compared) ? { compared, lookupAt, fields, madeAt } : undefined;
}

/**
 * A removal guarded by an identity test of the holder's entry against one variable while the
 * function stores another there (`this.#tails.set(key, tail)` … `if (this.#tails.get(key) ===
 * result) this.#tails.delete(key)`, `tail` being `result.catch(…)`): never true. The guard's
 * condition, the variable compared, the one stored, and the line (0-based) that stores it.
 */
export function comparedWithOther(
  lines: string[],
  at: number,
): { condition: string; compared: string; stored: string; storedAt: number } | undefined {
  const guard = identityGuard(lines, at);
  if (!guard) return undefined;
  const { holder, compared, condition } = guard;
  const sets = new RegExp(String.raw`${holder}\s*\.\s*set\s*\([^,]+,\s*([\w$]+)\s*\)`);
  const found = (k: number) => {
    const stored = isComment(lines[k]) ? undefined : sets.exec(lines[k])?.[1];
    if (stored === undefined) return undefined;
    return stored === compared ? null : { condition, compared, stored, storedAt: k };
  };
  // Up to the named function the guard is in (through the callbacks it sits in).
  let opener = -1;
  for (let k = at - 1; k >= 0 && at - k <= MAX_FUNCTION_LINES; k--) {
    const hit = found(k);
    if (hit !== undefined) return hit ?? undefined;
    if (functionOpened(lines[k]) && indentation(lines[k]) < indentation(lines[at])) {
      opener = k;
      break;
    }
  }
  // Then down to its end: a callback made first (`.finally(() => …)`) and the entry stored
  // after it (`this.#calls.set(key, call)`).
  if (opener < 0) return undefined;
  const depth = indentation(lines[opener]);
  for (let k = at + 1; k < lines.length && k - at <= MAX_FUNCTION_LINES; k++) {
    if (lines[k].trim() !== "" && indentation(lines[k]) <= depth) break;
    const hit = found(k);
    if (hit !== undefined) return hit ?? undefined;
  }
  return undefined;
}

/**
 * The identity test guarding the removal on line `at` (`if (holder.get(k) === v) holder.delete(k)`,
 * or the `if (…) {` whose block it is in): the holder and its entry (`holder.get(k)`) as
 * patterns, the variable compared and the condition.
 */
function identityGuard(
  lines: string[],
  at: number,
): { holder: string; entry: string; compared: string; condition: string } | undefined {
  const call = removalCalls(lines[at], ["delete", "remove"])[0];
  const start = functionStart(lines, at);
  if (!call || start < 0) return undefined;
  const holder = dottedPattern(call.receiver);
  let condition = new RegExp(String.raw`^\s*if\s*\((.*?)\)\s*\{?\s*${holder}\s*\.`)
    .exec(lines[at])?.[1];
  for (let k = at - 1; condition === undefined && k > start; k--) {
    if (!lines[k].trim() || isComment(lines[k])) continue;
    if (indentation(lines[k]) < indentation(lines[at])) {
      condition = /^\s*if\s*\((.*)\)\s*\{\s*$/.exec(lines[k])?.[1] ?? "";
    }
  }
  const entry = String.raw`${holder}\s*(?:\.\s*get\s*\([^()]*\)|\[[^\]]*\])`;
  const test = new RegExp(
    String.raw`${entry}\s*===\s*([\w$]+)(?![\w$.(\[])|(?<![\w$.])([\w$]+)\s*===\s*${entry}`,
  ).exec(condition ?? "");
  const compared = test?.[1] ?? test?.[2];
  return condition && compared
    ? { holder, entry, compared, condition: condition.trim() }
    : undefined;
}

/**
 * A removal guarded by an identity test of the holder's entry against a variable its function
 * set to a new object (`if (this.#pending.get(id) === draft) this.#pending.delete(id)` after
 * `const draft = { ...latest, savedAt }`): the entry is never that object, so the test is never
 * true and nothing is taken out. The guard's condition, the variable, the line (0-based) it was
 * made on, and the variable the function read the entry into before (`latest`), if any.
 */
export function comparedWithCopy(
  lines: string[],
  at: number,
): { condition: string; copy: string; made: number; read?: string } | undefined {
  const guard = identityGuard(lines, at);
  const start = functionStart(lines, at);
  if (!guard) return undefined;
  const { holder, entry, condition, compared: copy } = guard;
  const v = escapeRegExp(copy);
  const fresh = new RegExp(
    String
      .raw`(?:\b(?:const|let|var)\s+|^\s*)${v}\s*(?::[^=]+)?=\s*(?:\{|\[|new\s|structuredClone\s*\(|Object\s*\.\s*assign\s*\(\s*\{)`,
  );
  let made = -1;
  for (let k = at - 1; k > start && made < 0; k--) {
    if (!isComment(lines[k]) && fresh.test(lines[k])) made = k;
  }
  if (made < 0) return undefined;
  // Put into the holder after it was made: then it can be the entry ("delete if still mine").
  const stored = new RegExp(
    String.raw`${holder}\s*(?:\.\s*(?:set|add|push)\s*\([^;]*\b${v}\b|\[[^\]]*\]\s*=\s*${v}\b)`,
  );
  if (lines.slice(made, at).some((l) => stored.test(l))) return undefined;
  const reads = new RegExp(
    String.raw`\b(?:const|let|var)\s+([\w$]+)\s*(?::[^=]+)?=\s*${entry}\s*;?\s*$`,
  );
  let read: string | undefined;
  for (let k = made - 1; k > start && read === undefined; k--) read = reads.exec(lines[k])?.[1];
  return { condition, copy, made, ...(read ? { read } : {}) };
}

/**
 * Whether the `delete(` on line `at` (the match `call`) is a look-up's expiry: its function reads
 * the key from the holder into a variable whose value it returns (`const entry =
 * this.entries.get(key)` … `return entry.value` … `this.entries.delete(key)`), so only keys read
 * again are taken out.
 */
function deletesKeyRead(
  lines: string[],
  at: number,
  start: number,
  name: string,
  call: string,
): boolean {
  if (!/delete\s*\($/.test(call) || start < 0) return false;
  const from = lines[at].indexOf(call) + call.length;
  const key = lines[at].slice(from).split(")")[0].trim();
  if (!key || !/^[\w$.]+$/.test(key)) return false;
  const read = readInto(name, key);
  for (let k = at - 1; k >= start; k--) {
    const entry = read.exec(lines[k])?.[1];
    if (entry === undefined) continue;
    // It returns what it read (`return entry.value`), not what a call on it gives.
    const returns = new RegExp(
      `\\breturn\\s+${escapeRegExp(entry)}(?:\\s*\\??\\.\\s*[\\w$]+)*\\s*(?:;|$|\\})`,
      "m",
    );
    return returns.test(blockText(lines, start));
  }
  return false;
}

/** A call of function `fn`, bare or as a method of `this` (`#fn(` for a private one). */
function callOf(fn: string): RegExp {
  return new RegExp(`(?:^|[^\\w$.#])(?:this\\s*\\.\\s*)?#?${escapeRegExp(fn)}\\s*\\(`);
}

/**
 * Whether the function line `addLine` sits in calls `fn` (a function or method) after it, as
 * its bound: always, or when a size is over something (`if (this.size > this.capacity)`), not
 * on another condition (`if (this.state === "half-open") this.close()`).
 */
function calledAfter(lines: string[], addLine: number, fn: string | undefined): boolean {
  if (fn === undefined) return false;
  const start = functionStart(lines, addLine);
  if (start < 0) return false;
  const end = start + blockText(lines, start).split("\n").length;
  const call = callOf(fn);
  for (let i = addLine + 1; i < end; i++) {
    const m = call.exec(lines[i]);
    if (!m || isComment(lines[i])) continue;
    const before = lines[i].slice(0, m.index);
    const condition = /\b(?:if|while)\s*\(/.test(before)
      ? before
      : indentation(lines[i]) > indentation(lines[addLine])
      ? lines.slice(addLine + 1, i).reverse().find((l) => indentation(l) < indentation(lines[i]))
      : undefined;
    if (condition === undefined || SIZE_OVER.test(condition)) return true;
  }
  return false;
}

/**
 * The line index of the test that ends the sweep the removal on line `at` is in at the first
 * entry not due (`if (link.expiresAt > now) break;` a few lines above it, inside the loop), or
 * -1: such a sweep assumes entries come due in the order they were added.
 */
export function stopsAtFirstFresh(lines: string[], at: number): number {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    if (/^\s*(?:for|while)\b/.test(lines[k])) return -1;
    if (!/\bif\s*\(.*[<>]=?.*\)\s*break\b/.test(lines[k]) || isComment(lines[k])) continue;
    // Under a cap again (`if (rows.size <= MAX) break;`): done by design, not by age.
    if (/\b(?:size|length)\b\s*(?:\(\s*\))?\s*[<>]=?/.test(lines[k])) continue;
    return k;
  }
  return -1;
}

/** The property a line keeps a timer's handle in (`hold.timer` of `hold.timer = setTimeout(`). */
function timerHandle(line: string): string | undefined {
  return /([\w$#]+(?:\s*\.\s*[\w$#]+)+)\s*=\s*set(?:Timeout|Interval)\s*\(/.exec(line)?.[1];
}

/**
 * A clear of the timer kept under property `field` (a pattern) of some object: the object as
 * written is the match's group (`job` of `clearTimeout(job.timer)`).
 */
function clearsField(field: string): RegExp {
  return new RegExp(
    String
      .raw`\bclear(?:Timeout|Interval)\s*\(\s*([\w$#]+(?:\s*\.\s*[\w$#]+)*)\s*\.\s*${field}\s*\)`,
  );
}

/**
 * A removal in a function only a timer calls (`setTimeout(() => this.#expire(hold), ms)`),
 * armed by a function that returns early while the entry's handle is set (`if (hold.timer)
 * return;`), where another function clears that timer and calls the arming one again without
 * resetting the handle (`clearTimeout(hold.timer);` … `this.#arm(hold)`): `clearTimeout` leaves
 * the handle as it was, so the timer is never armed again and the removal never runs for that
 * entry. The clear's and the guard's line indices, and the handle as the clear writes it.
 */
export function clearedHandleSkipsArm(
  lines: string[],
  at: number,
): { clear: number; guard: number; handle: string; arm: string } | undefined {
  const start = functionStart(lines, at);
  const fn = start >= 0 ? functionOpened(lines[start]) : undefined;
  if (!fn) return undefined;
  const callsFn = callOf(fn);
  const armed = lines.findIndex((l) =>
    !isComment(l) && /\bset(?:Timeout|Interval)\s*\(/.test(l) && callsFn.test(l)
  );
  const handle = armed >= 0 ? timerHandle(lines[armed]) : undefined;
  if (!handle) return undefined;
  const fieldName = handle.split(".").at(-1)!.trim();
  const field = escapeRegExp(fieldName);
  const armStart = functionStart(lines, armed);
  const arm = armStart >= 0 ? functionOpened(lines[armStart]) : undefined;
  if (!arm) return undefined;
  const guardTest = new RegExp(
    String.raw`\bif\s*\(\s*[\w$.#]*\.\s*${field}\s*\)\s*(?:return\b|\{\s*return\b)`,
  );
  let guard = -1;
  for (let k = armStart + 1; k < armed; k++) if (guardTest.test(lines[k])) guard = k;
  if (guard < 0) return undefined;
  const callsArm = callOf(arm);
  const clearTest = clearsField(field);
  for (let c = 0; c < lines.length; c++) {
    const owner = isComment(lines[c]) ? undefined : clearTest.exec(lines[c])?.[1];
    if (owner === undefined) continue;
    const from = functionStart(lines, c);
    if (from < 0 || from === armStart) continue;
    const end = from + blockText(lines, from).split("\n").length;
    const reset = new RegExp(String.raw`${escapeRegExp(owner)}\s*\.\s*${field}\s*=(?!=)`);
    for (let k = c; k < end; k++) {
      if (k > c && reset.test(lines[k])) break;
      if (k > c && callsArm.test(lines[k]) && !isComment(lines[k])) {
        return { clear: c, guard, handle: `${owner}.${fieldName}`, arm };
      }
    }
  }
  return undefined;
}

/**
 * A removal reached only through a timer (`job.timer = setTimeout(() => this.#attempt(job),
 * ms)`, whose `#attempt` calls the removal's `#finish`) that another function clears
 * (`cancel()`: `clearTimeout(job.timer)`) without taking the entry out itself or arming the
 * timer again: each entry whose timer it clears stays. The clear's line index, the function
 * it is in, the handle as the clear writes it, and the arming line index.
 */
export function clearedTimerStrands(
  lines: string[],
  at: number,
): { clear: number; clearer: string; handle: string; armed: number } | undefined {
  const start = functionStart(lines, at);
  const fn = start >= 0 ? functionOpened(lines[start]) : undefined;
  const removing = removalCalls(lines[at], ["delete", "remove", "splice"])[0];
  if (!fn || !removing) return undefined;
  // The removal's function and the functions that call it: the ways to the removal.
  const ways = new Set([fn]);
  const callsFn = callOf(fn);
  lines.forEach((l, i) => {
    if (isComment(l) || !callsFn.test(l)) return;
    const caller = functionOpened(lines[functionStart(lines, i)] ?? "");
    if (caller) ways.add(caller);
  });
  const reaches = [...ways].map(callOf);
  const leadsThere = (l: string) => !isComment(l) && reaches.some((c) => c.test(l));
  const armed = lines.findIndex((l) => /\bset(?:Timeout|Interval)\s*\(/.test(l) && leadsThere(l));
  const handle = armed >= 0 ? timerHandle(lines[armed]) : undefined;
  if (!handle) return undefined;
  const fieldName = handle.split(".").at(-1)!.trim();
  const field = escapeRegExp(fieldName);
  const clearTest = clearsField(field);
  const receiver = dottedPattern(removing.receiver);
  const takesOut = new RegExp(String.raw`${receiver}\s*\.\s*(?:delete|remove|splice)\s*\(`);
  const rearms = new RegExp(String.raw`\.\s*${field}\s*=\s*set(?:Timeout|Interval)\s*\(`);
  for (let c = 0; c < lines.length; c++) {
    const owner = isComment(lines[c]) ? undefined : clearTest.exec(lines[c])?.[1];
    const from = owner === undefined ? -1 : functionStart(lines, c);
    const clearer = from >= 0 ? functionOpened(lines[from]) : undefined;
    // An entry's own timer: the holder's (`this.timer`, a sweep's) stops on a shutdown.
    if (!clearer || ways.has(clearer) || /^this$/.test(owner!.trim())) continue;
    const body = blockText(lines, from).split("\n").slice(1);
    const live = body.filter((l) => !isComment(l));
    if (live.some((l) => leadsThere(l) || takesOut.test(l) || rearms.test(l))) continue;
    return { clear: c, clearer, handle: `${owner}.${fieldName}`, armed };
  }
  return undefined;
}

/**
 * Whether the function with the add on line `addLine` calls `fn` just before one of its
 * `return`s and returns elsewhere without it (`this.#settle(d); return;` when delivered,
 * `this.#deadLetter(d); return;` when out of attempts): the work ends on a path that skips
 * the removal. The line indices of the statements before the first such `return` of each kind.
 */
export function exitSkipping(
  lines: string[],
  addLine: number,
  fn: string | undefined,
): { calls: number; skips: number } | undefined {
  if (fn === undefined) return undefined;
  const start = functionStart(lines, addLine);
  if (start < 0) return undefined;
  const end = start + blockText(lines, start).split("\n").length;
  const call = callOf(fn);
  let calls = -1;
  let skips = -1;
  for (let i = start + 1; i < end; i++) {
    if (isComment(lines[i]) || !/^\s*return\b/.test(lines[i])) continue;
    let k = i - 1;
    while (k > start && (!lines[k].trim() || isComment(lines[k]))) k--;
    if (call.test(lines[k])) calls = calls < 0 ? k : calls;
    else if (indentation(lines[k]) === indentation(lines[i]) && skips < 0) skips = k;
  }
  return calls >= 0 && skips >= 0 ? { calls, skips } : undefined;
}

/** A condition that a size is over something: `size > cap`, `list.length >= max`. */
const SIZE_OVER = /\b(?:size|length|count|bytes)\b\s*(?:\(\s*\))?\s*>=?/;

/**
 * Whether line `at` deletes a value by itself (`set.delete(next)`, `list.splice(list.indexOf(
 * next), 1)`) that its function then adds (`set.add(next)`, `this.#addToIndex(next)`): the
 * line the add is on (0-based), if so. Deleting it first removes nothing; what it replaces stays.
 */
export function deletesWhatItAdds(lines: string[], at: number): number | undefined {
  const value =
    /([\w$#.]*)\.\s*delete\s*\(\s*([\w$]+)\s*\)|([\w$#.]*)\.\s*indexOf\s*\(\s*([\w$]+)\s*\)/
      .exec(lines[at]);
  const v = value?.[2] ?? value?.[4];
  if (v === undefined) return undefined;
  // Added to the same collection (`this.#lent.add(buf)`), not handed to another one
  // (`this.#free.push(buf)` after taking it out of `#lent` is a move).
  const receiver = value?.[1] || value?.[3];
  const into = receiver ? `(?:^|[^\\w$#.])${escapeRegExp(receiver)}\\s*` : "";
  const start = functionStart(lines, at);
  const added = new RegExp(
    `${into}\\.\\s*(?:add|push|unshift)\\s*\\(\\s*${escapeRegExp(v)}\\s*\\)|` +
      `(?:^|[^\\w$])(?:this\\s*\\.\\s*)?#?[\\w$]*(?:[aA]dd|[iI]ndex|[iI]nsert|[pP]ut|[sS]tore|[tT]rack)[\\w$]*\\s*\\(\\s*${
        escapeRegExp(v)
      }\\s*\\)`,
  );
  for (let i = at + 1; i < lines.length && i <= at + 8; i++) {
    if (functionStart(lines, i) !== start) break;
    if (added.test(lines[i]) && !isComment(lines[i])) return i;
  }
  return undefined;
}

/**
 * Whether an add puts an object in (`list.push({ … })`, `push(new Job(…))`, or a local the
 * lines above made so: `const job = { … }` … `waiting.push(job)`), not a number or a string.
 */
export function addsObject(sources: [string, string][], add: SourceStatement): boolean {
  const value = /\.\s*(?:push|unshift|add)\s*\(\s*(.*)$/.exec(add.text)?.[1] ??
    /\.\s*set\s*\([^,]+,\s*(.*)$/.exec(add.text)?.[1];
  if (value === undefined) return false;
  if (/^(?:\{|new\s|\[)/.test(value)) return true;
  const local = /^([\w$]+)\s*[),]/.exec(value)?.[1];
  if (!local) return false;
  const lines = sources.find(([url]) => url === add.location.url)?.[1].split("\n");
  if (!lines) return false;
  // Declared so, or given one later (`let entry = map.get(key)` … `entry = { since: now }`).
  const made = new RegExp(
    `(?:(?:const|let|var)\\s+|^\\s*|[;{]\\s*)${
      escapeRegExp(local)
    }\\s*=(?!=)\\s*(?:\\{|new\\s|\\[)`,
  );
  const start = functionStart(lines, add.location.line - 1);
  for (let i = add.location.line - 2; i > start && i >= 0; i--) {
    if (made.test(lines[i])) return true;
  }
  return false;
}

/** A time window no measured run reaches (ms): an hour. */
const LONG_WINDOW_MS = 60 * 60_000;

/**
 * Whether line `at` runs only under a time comparison (a `now`, `Date.now()` or
 * `performance.now()` beside `<` or `>`) with a constant of at least {@link LONG_WINDOW_MS},
 * written in the file as a number or a named `const`.
 */
function waitsLongerThanARun(lines: string[], at: number, start: number): boolean {
  let level = indentation(lines[at]);
  for (let i = at; i > start && i >= at - 8; i--) {
    const l = lines[i];
    if (i < at && (!l.trim() || indentation(l) >= level)) continue;
    level = Math.min(level, indentation(l));
    const cond = /\bif\s*\((.*)\)/.exec(l)?.[1];
    if (!cond || !CLOCK.test(cond) || !/[<>]/.test(cond)) continue;
    const text = lines.join("\n");
    for (const [token] of cond.matchAll(/[A-Z][A-Z0-9_]*|\d[\d_]*/g)) {
      const value = constantOf(text, token);
      if (value !== undefined && value >= LONG_WINDOW_MS) return true;
    }
  }
  return false;
}

/** A constant written in `text`: a number expression, or the value of the `const` it names. */
function constantOf(text: string, expr: string): number | undefined {
  const name = expr.split(".").at(-1)!;
  return constantValue(expr) ?? (/^[\w$]+$/.test(name) ? constantNamed(text, name) : undefined);
}

/**
 * Openers of code that runs only when something failed: a catch block, a `.catch(` callback,
 * a promise's rejection handler (`, (err) => {`), an 'error' listener.
 */
const FAILURE_OPENER = new RegExp(
  [
    String.raw`\bcatch\s*(?:\([^)]*\))?\s*\{\s*$`,
    String.raw`\.catch\s*\(\s*(?:async\s+)?(?:function\s*)?\(?\s*[\w$]*\s*\)?\s*(?:=>)?\s*\{\s*$`,
    String.raw`,\s*(?:async\s+)?\(?\s*(?:err|error|e|ex|reason|cause)\s*\)?\s*=>\s*\{\s*$`,
    String.raw`\.on(?:ce)?\s*\(\s*['"]error['"]`,
  ].join("|"),
);

/** Whether line `at` sits in a block or callback that runs only on a failure. */
function onFailurePath(lines: string[], at: number): boolean {
  const start = functionStart(lines, at);
  let level = indentation(lines[at]);
  for (let i = at - 1; i >= Math.max(0, start) && level > 0; i--) {
    const l = lines[i];
    if (!l.trim() || isComment(l) || indentation(l) >= level) continue;
    if (FAILURE_OPENER.test(l)) return true;
    level = indentation(l);
  }
  return false;
}

/** Control-flow lines that open a block inside a function (not the function itself). */
const BLOCK_OPENER =
  /^\s*(?:\}\s*)?(?:if|else|for|while|do|try|catch|finally|switch|case|default)\b/;

/** A lazy iterator helper's call (its callback runs only as the result is iterated). */
const LAZY_HELPER = /\.\s*(?:map|filter|flatMap|take|drop)\s*\(/;
/** An iterator, not an array: a Map's or Set's `values()`, `keys()`, `entries()`. */
const ITERATOR = /\.\s*(?:values|keys|entries)\s*\(\s*\)|\bIterator\s*\.\s*from\s*\(/;

/**
 * Whether the removal on line `at` runs in the callback of a lazy iterator helper chained on an
 * iterator (`m.values().filter(…).map((x) => { m.delete(x.id); … })`): it runs only as the
 * result is iterated, and a result nobody iterates takes nothing out.
 */
export function insideLazyHelper(lines: string[], at: number): boolean {
  const line = lines[at];
  const iter = line.search(ITERATOR);
  if (iter >= 0 && LAZY_HELPER.test(line.slice(iter))) return true;
  const opener = functionStart(lines, at);
  if (opener < 0 || !LAZY_HELPER.test(lines[opener])) return false;
  // Up the chain: the lines it continues (`.filter(…)`) and the one it starts on.
  for (let i = opener; i >= Math.max(0, opener - MAX_CHAIN_LINES); i--) {
    if (ITERATOR.test(lines[i])) return true;
    if (i !== opener && !/^\s*\./.test(lines[i])) return false;
  }
  return false;
}

/** How far up a chain of calls is read. */
const MAX_CHAIN_LINES = 8;

/**
 * Whether the removal on line `at` splices out of the list a loop walks forward (`for (let i =
 * 0; i < list.length; i++) if (…) list.splice(i, 1)`) without stepping back: the next entry
 * slides into the freed slot and `i++` skips it.
 */
export function splicesWalkingForward(lines: string[], at: number): boolean {
  const m = /\.\s*splice\s*\(\s*([\w$]+)\s*,\s*1\s*\)/.exec(lines[at]);
  if (!m) return false;
  const i = escapeRegExp(m[1]);
  const forward = new RegExp(
    `\\bfor\\s*\\(\\s*(?:let|var)\\s+${i}\\s*=[^;]*;\\s*${i}\\s*<[^;]*;\\s*(?:${i}\\s*\\+\\+|\\+\\+\\s*${i}|${i}\\s*\\+=\\s*1)\\s*\\)`,
  );
  let loop = -1;
  for (let k = at - 1, own = indentation(lines[at]); k >= Math.max(0, at - MAX_CHAIN_LINES); k--) {
    if (!lines[k].trim() || indentation(lines[k]) >= own) continue;
    if (forward.test(lines[k])) {
      loop = k;
      break;
    }
    own = indentation(lines[k]);
  }
  if (loop < 0) return false;
  // Stepped back or left after the splice: nothing is skipped.
  const body = indentation(lines[loop]);
  const after = [lines[at].slice(m.index)];
  for (let k = at + 1; k < lines.length && indentation(lines[k]) > body; k++) after.push(lines[k]);
  return !new RegExp(`${i}\\s*--|--\\s*${i}|${i}\\s*-=|\\bbreak\\b|\\breturn\\b`).test(
    after.join("\n"),
  );
}

/** The index of the line that opens the function line `at` sits in (-1 at the top level). */
function functionStart(lines: string[], at: number): number {
  let level = indentation(lines[at]);
  // A function longer than this (generated code) is read from this far up only.
  const top = Math.max(0, at - MAX_FUNCTION_LINES);
  for (let i = at - 1; i >= top && level > 0; i--) {
    const l = lines[i];
    if (!l.trim() || isComment(l) || indentation(l) >= level) continue;
    if (!BLOCK_OPENER.test(l)) return i;
    level = indentation(l);
  }
  return level > 0 ? top - 1 : -1;
}

/** Lines read above a statement to find the function it is in. */
const MAX_FUNCTION_LINES = 400;

/** An `if` condition that only tests for an absent value: a return under it skips nothing. */
const ABSENCE = /^\s*!\s*[\w$.?]+\s*$|^\s*[\w$.?]+\s*===?\s*(?:undefined|null)\s*$/;
/** A size at or under a cap: `rows.size <= MAX_ROWS`, `list.length < limit`. */
const UNDER_CAP = /^\s*[\w$.#?]+\.(?:size|length)\s*<=?\s*[\w$.#]+\s*$/;

/**
 * The `return` or `throw` that comes first on some path of line `at`'s function (from line
 * index `from` on, when given), under an `if`
 * (not one that only finds nothing to do: `if (!call) return`): its line (1-based), the
 * condition, and whether a timer was cleared before it. Undefined when no such return precedes
 * the line.
 */
export function skippedByReturn(
  lines: string[],
  at: number,
  from?: number,
): { line: number; condition: string; clearsTimer: boolean } | undefined {
  const own = indentation(lines[at]);
  // A branch that takes the entry out the same way before it returns is no skip.
  const call = callPrefix(lines[at]);
  const removes = (from: number, to: number) =>
    call !== undefined &&
    lines.slice(from, to + 1).some((l) => l.replace(/\s+/g, "").includes(call));
  let clearsTimer = false;
  // Of several, a return that ends the work (`return callback(err)`, a throw) before one that
  // only passes (`if (replyId !== id) return;`: not this entry's event, it waits on).
  let passing: { line: number; condition: string; clearsTimer: boolean } | undefined;
  const start = functionStart(lines, at);
  // Returns before the removal; and, when the removal's own branch returns after it, the
  // function's other exits after that branch (`if (d.attempt >= max) { gaveUp++; return; }`).
  const ranges: [number, number][] = [[Math.max(start + 1, from ?? 0), at]];
  const after = branchReturnsAfter(lines, at);
  if (after !== undefined) ranges.push([after, functionEnd(lines, start, at)]);
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      const l = lines[i];
      if (!isComment(l) && /\bclear(?:Timeout|Interval)\s*\(/.test(l)) clearsTimer = true;
      if (isComment(l) || !/(?:^|[^\w$.])(?:return|throw)\b/.test(l)) continue;
      // `if (cond) return …` on one line, else the `if` whose block the return is in.
      let condition = /^\s*if\s*\((.*)\)\s*\{?\s*(?:return|throw)\b/.exec(l)?.[1];
      let opener = i;
      if (condition === undefined) {
        for (
          let j = i - 1;
          j > Math.max(0, i - MAX_FUNCTION_LINES) && condition === undefined;
          j--
        ) {
          if (lines[j].trim() && indentation(lines[j]) < indentation(l)) {
            condition = /^\s*if\s*\((.*)\)\s*\{\s*$/.exec(lines[j])?.[1] ?? "";
            if (indentation(lines[j]) > own) condition = "";
            opener = j;
          }
        }
      } else if (indentation(l) > own) continue;
      if (removes(opener, i)) continue;
      // Under a cap (`if (rows.size <= MAX) return;`): nothing to take out then, by design.
      if (
        condition && !ABSENCE.test(condition) && !UNDER_CAP.test(condition) &&
        !nothingToDo(condition, lines.slice(i + 1, i + 4))
      ) {
        const skip = { line: i + 1, condition: condition.trim(), clearsTimer };
        if (ENDS_WORK.test(l)) return skip;
        passing ??= skip;
      }
    }
  }
  return passing;
}

/**
 * The line after the removal's branch when that branch returns after the removal (`{ delete;
 * count++; return; }`): the code after it runs only for the other paths. Else undefined.
 */
function branchReturnsAfter(lines: string[], at: number): number | undefined {
  const own = indentation(lines[at]);
  for (let i = at + 1; i < lines.length; i++) {
    const l = lines[i];
    if (!l.trim() || isComment(l)) continue;
    if (indentation(l) < own) return undefined;
    if (indentation(l) === own && /^\s*return\b/.test(l)) {
      // The branch's closing brace, and what comes after it.
      for (let k = i + 1; k < lines.length; k++) {
        if (lines[k].trim() && indentation(lines[k]) < own) return k + 1;
      }
      return undefined;
    }
  }
  return undefined;
}

/** The line that closes the function that opens at `start` (its indentation or less), after `at`. */
function functionEnd(lines: string[], start: number, at: number): number {
  const level = start >= 0 ? indentation(lines[start]) : 0;
  for (let i = at + 1; i < lines.length; i++) {
    if (lines[i].trim() && !isComment(lines[i]) && indentation(lines[i]) <= level) return i;
  }
  return lines.length;
}

/** A test that something is empty: `batch.length === 0`, `queue.size == 0`, `log === ""`. */
const EMPTY = /^\s*[\w$.#?]+\s*(?:\.\s*(?:length|size)\s*===?\s*0|===?\s*(?:""|''|``))\s*$/;

/**
 * Whether every alternative of a guard says there is nothing to do: the value is empty, or the
 * work is already running (a flag the next lines set: `if (flushing) return;` before
 * `flushing = true;`). A return under it skips nothing.
 */
function nothingToDo(condition: string, next: string[]): boolean {
  return splitTopLevel(condition, "||").every((part) => {
    if (EMPTY.test(part)) return true;
    const flag = /^\s*((?:this\s*\.\s*)?[#\w$]+)\s*$/.exec(part)?.[1];
    return flag !== undefined &&
      next.some((l) => new RegExp(`^\\s*${dottedPattern(flag)}\\s*=\\s*true\\b`).test(l));
  });
}

/** `text` split at `op` where it is outside parentheses, brackets and braces. */
function splitTopLevel(text: string, op: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") depth--;
    else if (depth === 0 && text.startsWith(op, i)) {
      out.push(text.slice(from, i));
      from = i + op.length;
      i += op.length - 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** A return that ends the work it is in: with a call's value, or a throw. */
const ENDS_WORK = /(?:^|[^\w$.])(?:return\s+(?:await\s+)?[\w$.]+\s*\(|throw\b)/;

/**
 * A guard before the removal in its loop that skips entries by a field (`if (row.dirty || id
 * === keep) continue;`) which every kept entry has with a value that makes it skip
 * (`shared`: the field values all new entries share, as code writes them: `["dirty",
 * "true"]`): whatever should change that field on them does not. The guard's line (0-based),
 * its condition and the field and value.
 */
export function skippedByShared(
  lines: string[],
  at: number,
  shared: [string, string][] | undefined,
):
  | { line: number; condition: string; field: string; value: string; runsOnly?: boolean }
  | undefined {
  if (!shared?.length) return undefined;
  const own = indentation(lines[at]);
  for (let k = at - 1; k >= Math.max(0, at - 6); k--) {
    if (/^\s*(?:for|while)\b/.test(lines[k])) break;
    // `if (cond) continue;` before it, or the `if (cond) {` it sits in (`if (t.lastPingAt &&
    // now - t.lastPingAt > limit) {`): a condition the kept entries' shared value fails.
    const skip = /^\s*if\s*\((.*)\)\s*continue\b/.exec(lines[k])?.[1];
    const guard = skip === undefined && indentation(lines[k]) < own
      ? /^\s*if\s*\((.*)\)\s*\{\s*$/.exec(lines[k])?.[1]
      : undefined;
    const condition = skip ?? guard;
    if (!condition || isComment(lines[k])) continue;
    for (const [field, value] of shared) {
      const holds = skip !== undefined
        ? skipsWith(condition, escapeRegExp(field), value)
        : failsWith(condition, escapeRegExp(field), value);
      if (holds) {
        return {
          line: k,
          condition: condition.trim(),
          field,
          value,
          ...(guard !== undefined ? { runsOnly: true } : {}),
        };
      }
    }
  }
  return undefined;
}

/**
 * Whether the removal on line `at` runs under a test that compares a property of a field with
 * a parameter of its function (`if (entry.record?.id === id)` in `forget(id)`), the field being
 * one every kept entry has `null` or `undefined` (`shared`): it takes out one entry its caller
 * names, and never one of these.
 */
function aimedPastNull(lines: string[], at: number, shared: [string, string][] | undefined) {
  const nulls = (shared ?? []).filter(([, v]) => v === "null" || v === "undefined").map(([f]) => f);
  if (!nulls.length) return false;
  const start = functionStart(lines, at);
  const params = start >= 0
    ? (/\(([^)]*)\)\s*(?::[^{]*)?\{\s*$/.exec(lines[start])?.[1] ?? "").split(",")
      .map((p) => /^\s*([\w$]+)/.exec(p)?.[1]).filter((p): p is string => p !== undefined)
    : [];
  if (!params.length) return false;
  // The test on its line, or the `if (…) {` it sits in.
  let test = /^\s*if\s*\((.*)\)/.exec(lines[at])?.[1];
  for (let k = at - 1; test === undefined && k > start && k >= at - 3; k--) {
    if (indentation(lines[k]) < indentation(lines[at])) {
      test = /^\s*if\s*\((.*)\)\s*\{\s*$/.exec(lines[k])?.[1] ?? "";
    }
  }
  return test !== undefined && nulls.some((f) => {
    const m = new RegExp(
      String.raw`[\w$.#]+\.${escapeRegExp(f)}\s*\??\.\s*[\w$]+\s*===?\s*([\w$]+)(?![\w$.(])`,
    ).exec(test!);
    return m !== null && params.includes(m[1]);
  });
}

/** Whether a value is falsy as code writes it. */
const falsy = (value: string) =>
  value === "false" || value === "null" || value === "undefined" || value === "0" ||
  value === '""';

/** Whether `condition` (one that skips) holds for an entry whose `field` is `value`. */
function skipsWith(condition: string, f: string, value: string): boolean {
  // A truthiness test is an operand of its own: not the right side of a comparison.
  const operand = String.raw`(?:^|\|\||&&|\()\s*[\w$.#]+\.${f}\s*(?:\|\||&&|\)|$)`;
  return (!falsy(value) && new RegExp(operand).test(condition)) ||
    (falsy(value) && new RegExp(String.raw`!\s*[\w$.#]+\.${f}\b`).test(condition)) ||
    new RegExp(String.raw`\.${f}\s*===?\s*${escapeRegExp(value)}(?![\w$])`).test(condition) ||
    differsFrom(condition, f, value);
}

/**
 * Whether `condition` (one the removal runs under) fails for an entry whose `field` is
 * `value`: a conjunction with the field's truthiness when the value is falsy, or with an
 * equality to another literal.
 */
function failsWith(condition: string, f: string, value: string): boolean {
  const parts = splitTopLevel(condition, "&&");
  if (parts.length === 1 && /\|\|/.test(condition)) return false;
  return parts.some((p) =>
    (falsy(value) && new RegExp(String.raw`^\s*[\w$.#]+\.${f}\s*$`).test(p)) ||
    (!falsy(value) && new RegExp(String.raw`^\s*![\w$.#]+\.${f}\s*$`).test(p)) ||
    equalsOther(p, f, value)
  );
}

/** Whether `part` is `.field === LITERAL` with a literal other than `value`. */
function equalsOther(part: string, field: string, value: string): boolean {
  const m = new RegExp(String.raw`^\s*[\w$.#]+\.${field}\s*===?\s*${LITERAL}\s*$`).exec(part);
  return m !== null && asWritten(m[1]) !== value;
}

/** Whether `condition` holds `.field !== LITERAL` (a string or boolean) other than `value`. */
function differsFrom(condition: string, field: string, value: string): boolean {
  const m = new RegExp(String.raw`\.${field}\s*!==?\s*${LITERAL}(?![\w$])`).exec(condition);
  return m !== null && asWritten(m[1]) !== value;
}

/** A string, boolean, `null` or `undefined` literal, as one group. */
const LITERAL = String.raw`("[^"]*"|'[^']*'|true|false|null|undefined)`;

/** A literal as shared values write it: strings double-quoted. */
function asWritten(literal: string): string {
  return literal.startsWith("'") ? JSON.stringify(literal.slice(1, -1)) : literal;
}

/**
 * A removal inside the fulfilment callback of a `.then()` with no rejection callback
 * (`load(key).then((v) => { …; pending.delete(key); })`), its function taking nothing out
 * elsewhere: it runs only when the promise fulfils, and an entry whose promise rejects stays
 * (a `.catch()` that only logs changes nothing). The `.then(` line (0-based).
 */
export function fulfilledOnlyRemoval(lines: string[], at: number): number | undefined {
  const own = indentation(lines[at]);
  let then = -1;
  for (let i = at - 1; i >= Math.max(0, at - MAX_FUNCTION_LINES); i--) {
    if (!lines[i].trim() || isComment(lines[i]) || indentation(lines[i]) >= own) continue;
    if (/\.\s*then\s*\(\s*(?:async\s*)?(?:\([^()]*\)|[\w$]+)\s*=>\s*\{\s*$/.test(lines[i])) {
      then = i;
    }
    break;
  }
  if (then < 0) return undefined;
  // Where the callback closes: `})` alone ends the .then; `}, (err) => …` hands a rejection one.
  const depth = indentation(lines[then]);
  let close = then + 1;
  while (close < lines.length && !(lines[close].trim() && indentation(lines[close]) <= depth)) {
    close++;
  }
  if (close >= lines.length || !/^\s*\}\s*\)/.test(lines[close])) return undefined;
  // The same collection emptied elsewhere in the function (a catch or finally of its own).
  const receiver = removalCalls(lines[at])[0]?.receiver;
  const start = functionStart(lines, then);
  if (!receiver || start < 0) return undefined;
  const end = start + blockText(lines, start).split("\n").length;
  const same = new RegExp(String.raw`${dottedPattern(receiver)}\s*\.\s*delete\s*\(`);
  for (let i = start + 1; i < end; i++) {
    if (i !== at && !isComment(lines[i]) && same.test(lines[i])) return undefined;
  }
  return then;
}

/** The oldest entry compared (`times[0] < cutoff`, `q.at(0).at <= now - ttl`). */
const OLDEST_COMPARED =
  /(?:\[\s*0\s*\]|\.at\(\s*0\s*\))(?:\s*\.\s*[\w$]+)*\s*[<>]|[<>]=?[^<>;]*(?:\[\s*0\s*\]|\.at\(\s*0\s*\))/;
/** The oldest entry itself compared, not a field of it (`calls[0] < cutoff`). */
const OLDEST_ITSELF_COMPARED =
  /(?:\[\s*0\s*\]|\.at\(\s*0\s*\))\s*[<>]|[<>]=?\s*[\w$.]+(?:\[\s*0\s*\]|\.at\(\s*0\s*\))\s*(?:[)&|;]|$)/;

/**
 * Whether a removal's condition compares the oldest entry itself with a time (`calls[0] <
 * cutoff`): for entries that are objects that is NaN, never true, and nothing is taken off.
 */
export function comparesEntryItself(removal: SourceStatement): boolean {
  return OLDEST_ITSELF_COMPARED.test(`${removal.within ?? ""}\n${removal.text}`);
}

/** Taken off the front. */
const FROM_FRONT = /\.\s*shift\s*\(|\.\s*splice\s*\(\s*0\s*,/;

/** Whether a statement puts new entries at an array's front (`unshift`, `splice(0, 0, …)`). */
export function addsAtFront(add: SourceStatement): boolean {
  return /\.\s*unshift\s*\(|\.\s*splice\s*\(\s*0\s*,\s*0\s*,/.test(add.text);
}

/** Whether a removal takes entries off an array's front (`shift`, `splice(0, …)`). */
export function takesFromFront(removal: SourceStatement): boolean {
  return FROM_FRONT.test(removal.text);
}
/** A clock read, or the time it handed on. */
const CLOCK = /\b(?:Date\.now|performance\.now|process\.hrtime)\b|\bnew Date\(|\bnow\b/;

/**
 * Whether a removal ages entries out on every add: it takes the oldest entries off the front
 * while they are older than a time (`while (times[0] < now - span) times.shift()`), in the
 * adding function or one it calls. Such a collection is a window over the last span: it holds
 * every entry made within it, and a measurement shorter than the span sees only growth. Not
 * when the entries are objects and the condition compares the entry itself.
 */
export function agesOutOnAdd(
  sources: [string, string][],
  add: SourceStatement,
  removal: SourceStatement,
  objectEntries = false,
): boolean {
  const test = `${removal.within ?? ""}\n${removal.text}`;
  if (!FROM_FRONT.test(removal.text) || !OLDEST_COMPARED.test(test)) return false;
  // Added at the front as well: the front is the newest (see newestTakenFix).
  if (addsAtFront(add)) return false;
  // Objects compared with a time never age out (see comparesEntryItself).
  if (objectEntries && comparesEntryItself(removal)) return false;
  const removing = enclosingFunction(sources, removal.location);
  const adding = enclosingFunction(sources, add.location);
  if (!removing || !adding || !CLOCK.test(removing.text)) return false;
  return removing.text === adding.text ||
    new RegExp(`(?:^|[^\\w$])${escapeRegExp(removing.name)}\\s*\\(`).test(
      adding.text.split("\n").slice(1).join("\n"),
    );
}

/**
 * The cap a removal keeps a collection under, when its condition compares the collection's
 * length or size with a constant (`if (archived.length > ARCHIVED) archived.shift()`, `ARCHIVED
 * = 40` in the file): the most entries the collection can keep.
 */
export function cappedAt(
  sources: [string, string][],
  removal: SourceStatement,
): number | undefined {
  const text = sources.find(([url]) => url === removal.location.url)?.[1] ?? "";
  // The removal's own line first: the condition it sits under may bound something else
  // (`if (bids.length >= N) { … if (list.length > 30) list.length = 30; }`).
  for (const test of [removal.text, removal.within ?? ""]) {
    const m = /\.\s*(?:length|size)\s*(>=?)\s*([\w$.]+)/.exec(test);
    const value = m ? constantOf(text, m[2]) : undefined;
    const cap = value === undefined ? undefined : m![1] === ">=" ? value - 1 : value;
    // `length > 0` drains, it does not cap.
    if (cap !== undefined && cap >= 1) return cap;
  }
  return undefined;
}

/**
 * Where the program cuts or resets a value it appends to (`pending += line` beside `pending =
 * pending.slice(sent.length)`, `this.capture = Buffer.concat([this.capture, frame])` beside
 * `this.capture = Buffer.alloc(0)`): the other assignments to what the add assigns that empty
 * it or keep a part of it, in its file, outside constructors (which make the first value). None
 * when the add is no append.
 */
export function findValueResets(
  sources: [string, string][],
  added: SourceStatement,
): SourceStatement[] {
  const assigned = assignmentOf(added.text);
  if (!assigned) return [];
  const path = dottedPattern(assigned.target);
  // `x = x.concat(…)`, `x = Buffer.concat([x, …])`, `x = [...x, …]`, `x = x + …`: appends.
  const reads = new RegExp(`(?:^|[^\\w$.])${path}(?![\\w$])`);
  if (assigned.op === "=" && !reads.test(assigned.value)) return [];
  // A cut: an empty value, or a part of the value itself (not another value put in its place).
  const cut = new RegExp(
    String.raw`=\s*(?:""|''|\[\s*\]|\{\s*\}|(?:new\s+)?[\w$.]+\s*\(\s*0?\s*\)|` +
      String
        .raw`(?:[\w$.]+\s*\(\s*)?${path}\s*\.\s*(?:slice|subarray|substring|substr|splice)\s*\()`,
  );
  const text = sources.find(([url]) => url === added.location.url)?.[1];
  if (text === undefined) return [];
  const assigns = new RegExp(`^\\s*${path}\\s*=(?!=)`);
  const lines = text.split("\n");
  const out: SourceStatement[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (i === added.location.line - 1 || isComment(lines[i]) || !assigns.test(lines[i])) continue;
    if (!cut.test(lines[i])) continue;
    if (inConstructor(lines, i)) continue;
    const location = sourceLocation(added.location.url, i + 1, lines[i].search(/\S/) + 1);
    out.push({ location, text: quote(lines[i]) });
  }
  return out;
}
