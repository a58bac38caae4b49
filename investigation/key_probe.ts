/**
 * What a keyed removal is handed, read at the line check's logpoint on it: for
 * `pending.delete(id)`, the key (`id`) and whether the collection held it just before
 * (`pending.has(id)`), both evaluated side-effect free in the paused frame. "It ran 10 times
 * and held none of the keys it was handed" is a key that misses (another form of it, another
 * object); "it held every one" says the kept entries are never handed to it. Read from the
 * statement's text alone: a call the text does not hold whole is not probed.
 *
 * @module
 */

/** The two expressions a removal's logpoint evaluates. */
export interface KeyProbe {
  /** The key the removal is handed, as the program writes it. */
  key: string;
  /** Whether the collection holds that key before the removal runs. */
  holds: string;
}

/**
 * The probe of the first keyed removal in `text`: `recv.delete(key)` (a Map, Set or their weak
 * kinds, or a class built on one) or `delete obj[key]`; undefined for any other statement.
 */
export function keyProbe(text: string): KeyProbe | undefined {
  for (const m of text.matchAll(/(\?)?\.delete\s*\(/g)) {
    const receiver = receiverBefore(text, m.index!);
    const key = firstArgument(text, m.index! + m[0].length);
    if (!receiver || !key) continue;
    return { key, holds: `${receiver}${m[1] ? "?." : "."}has(${key})` };
  }
  for (const m of text.matchAll(/(?<![\w$.])delete\s+/g)) {
    const start = m.index! + m[0].length;
    const open = lastComputedMember(text, start);
    if (open === undefined) continue;
    const close = matching(text, open);
    if (close === undefined) continue;
    const owner = text.slice(start, open).replace(/\?\.$/, "");
    const key = text.slice(open + 1, close).trim();
    if (!isMemberChain(owner) || !key) continue;
    return { key, holds: `Object.hasOwn(${owner}, ${key})` };
  }
  return undefined;
}

/**
 * The key of the first keyed add in `text` — `recv.set(key, value)`, `recv.add(value)` (a
 * Set's entry is its key) or `obj[key] = value` — as the expression to read at its logpoint.
 */
export function addKeyProbe(text: string): string | undefined {
  for (const m of text.matchAll(/\??\.(?:set|add)\s*\(/g)) {
    if (!receiverBefore(text, m.index!)) continue;
    const key = firstArgument(text, m.index! + m[0].length);
    if (key) return key;
  }
  const assigned = /^(?:this\.)?[\w$#.]+\s*\[([^\]]+)\]\s*=(?!=)/.exec(text.trim());
  return assigned?.[1].trim() || undefined;
}

/** An add's reading: how many keys it stored over the check, and one of them. */
export function readAddKeys(
  hits: { values: { value: string }[] }[],
): { handed: number; example?: string } | undefined {
  const read = hits.map((h) => h.values[0]?.value).filter((v) => v && !v.startsWith("⚠"));
  return read.length ? { handed: read.length, example: read[0] } : undefined;
}

/**
 * The fix when a removal ran and its collection held none of the keys it was handed: what it
 * was handed beside what the add stores (`removed` and `added`, as the debugger shows values;
 * a string is quoted), and when the two differ in type, which to convert.
 */
export function keyMismatchFix(removed: string, added?: string): string {
  const kindOf = (v: string) =>
    v.startsWith('"') ? "a string" : /^-?\d/.test(v) ? "a number" : undefined;
  const removedKind = kindOf(removed);
  const addedKind = added === undefined ? undefined : kindOf(added);
  const beside = added === undefined ? "" : ` where the add stores ${added}`;
  const types = removedKind && addedKind && removedKind !== addedKind
    ? ` — ${removedKind} where the entries are under ${addedKind}: convert it where it comes ` +
      `in (${addedKind === "a number" ? "Number(…)" : "String(…)"}), so both use one type`
    : "; make the removal use the key the entry was stored under (the same value, form and type, " +
      "or the same object)";
  return `the removal runs but none of the keys it is handed is in the collection: it is handed ` +
    `${removed}${beside}${types}`;
}

/**
 * The fix when the lookup a removal's value comes from found nothing for any key it was handed
 * (`const refs = byHandle.get(handle)` before `refs.delete(id)`): the removal never runs for
 * those; one key it was handed.
 */
export function lookupMissFix(
  lookup: { text: string; location: { line: number } },
  handed: string,
): string {
  return `the lookup the removal's value comes from (line ${lookup.location.line}: ` +
    `${lookup.text}) found nothing for any key it was handed (${handed}), so the removal ` +
    `after it never runs for these. Look up by the key the value was stored under (the same ` +
    `value, form and type)`;
}

/** What a probe read over the check's cycles. */
export interface KeyReading {
  /** Hits whose key and holding were both read. */
  handed: number;
  /** Of them, those the collection held. */
  held: number;
  /** A key it was handed and did not hold (else one it held), as the debugger shows values. */
  example?: string;
}

/**
 * Tallies a probe's hits (each its `[key, holds]` values as the debugger describes them);
 * undefined when no hit read both (an evaluation V8 refused, a receiver with no `has`).
 */
export function readKeys(hits: { values: { value: string }[] }[]): KeyReading | undefined {
  let handed = 0;
  let held = 0;
  let missed: string | undefined;
  let found: string | undefined;
  for (const h of hits) {
    const [key, holds] = h.values;
    if (!key || !holds || key.value.startsWith("⚠")) continue;
    if (holds.value !== "true" && holds.value !== "false") continue;
    handed++;
    if (holds.value === "true") {
      held++;
      found ??= key.value;
    } else missed ??= key.value;
  }
  if (handed === 0) return undefined;
  const example = missed ?? found;
  return { handed, held, ...(example !== undefined ? { example } : {}) };
}

/** The member chain ending just before `end` (`this.#pending`, `rooms.get(id)?`), or undefined. */
function receiverBefore(text: string, end: number): string | undefined {
  let i = end;
  while (i > 0) {
    const c = text[i - 1];
    if (/[\w$#.]/.test(c)) i--;
    else if (c === "?" && text[i] === ".") i--;
    else if (c === ")" || c === "]") {
      const open = matchingBackward(text, i - 1);
      if (open === undefined) return undefined;
      i = open;
    } else break;
  }
  const receiver = text.slice(i, end);
  return isMemberChain(receiver) && receiver !== "super" ? receiver : undefined;
}

/** Whether `s` reads as a member chain that starts with a name (not a number, not empty). */
function isMemberChain(s: string): boolean {
  return /^[A-Za-z_$#][\w$#]*/.test(s) && !/^(?:new|typeof|void|await)$/.test(s);
}

/** The call's first argument from just after its `(` (the text up to a top-level `,` or `)`). */
function firstArgument(text: string, from: number): string | undefined {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === "`") {
      const end = text.indexOf(c, i + 1);
      if (end < 0) return undefined;
      i = end;
    } else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) {
        const arg = text.slice(from, i).trim();
        return arg || undefined;
      }
      depth--;
    } else if (c === "," && depth === 0) return text.slice(from, i).trim() || undefined;
  }
  return undefined; // the call goes on past this line
}

/** The `[` of the last computed member of the chain starting at `from` (`a.b[k]` → its `[`). */
function lastComputedMember(text: string, from: number): number | undefined {
  let i = from;
  let last: number | undefined;
  while (i < text.length) {
    const c = text[i];
    if (/[\w$#.?]/.test(c)) i++;
    else if (c === "[" || c === "(") {
      const close = matching(text, i);
      if (close === undefined) return undefined;
      last = c === "[" ? i : undefined;
      i = close + 1;
    } else break;
  }
  return last !== undefined && matching(text, last) === i - 1 ? last : undefined;
}

/** The index of the bracket closing the one at `open`, on this text. */
function matching(text: string, open: number): number | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return undefined;
}

/** The index of the bracket opening the one at `close`, on this text. */
function matchingBackward(text: string, close: number): number | undefined {
  let depth = 0;
  for (let i = close; i >= 0; i--) {
    const c = text[i];
    if (c === ")" || c === "]" || c === "}") depth++;
    else if (c === "(" || c === "[" || c === "{") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return undefined;
}
