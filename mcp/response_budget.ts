/**
 * One size budget for every tool answer. A client reads the whole answer into memory (the SDK's
 * stdio client drops the connection past 10 MB, and a model's context is far smaller), so no
 * answer may grow with what a file, an endpoint or an argument holds. {@link fitAnswer} applies
 * the budget to an answer's text and structured content as they go on the wire (JSON, where a
 * control byte takes six characters):
 *
 * 1. an argument value longer than {@link ARGUMENT_ECHO_CHARS} is never repeated back whole:
 *    wherever the answer quotes it, only its first characters stay;
 * 2. when the answer is still over {@link ANSWER_BUDGET_CHARS}: lines of text and strings
 *    longer than {@link LINE_CHARS} are cut, then the text is cut to a share of the budget,
 *    then the longest arrays (and maps of more than {@link MAP_KEYS} keys, such as an
 *    endpoint's JSON) of the structured content are halved until it fits. Every cut says what
 *    was cut, and the text ends with a note saying how to ask for less.
 *
 * Shortening arrays, maps and strings keeps the structured content valid for the output schemas
 * this project writes (no minimum lengths; objects with declared fields have far fewer keys).
 *
 * @module
 */

/** Characters an answer (text and structured content, as JSON) may take. */
export const ANSWER_BUDGET_CHARS = 64 * 1024;
/** Longer lines of text (and longer strings in structured content) are cut when over budget. */
export const LINE_CHARS = 1000;
/** Argument values longer than this are quoted back by their first {@link ECHO_PREFIX_CHARS}. */
export const ARGUMENT_ECHO_CHARS = 256;
/** Objects with more keys than this are maps (records, a program's JSON), cut like arrays. */
export const MAP_KEYS = 64;
/** How much of a long argument an answer may quote. */
export const ECHO_PREFIX_CHARS = 64;

/** An answer before it is sent: text for the model, and the structured result if any. */
export interface Answer<S> {
  text: string;
  structured?: S;
}

/** What {@link fitAnswer} did: the answer that fits, and what it cut (empty when nothing). */
export interface FittedAnswer<S> extends Answer<S> {
  cuts: string[];
  /** False when even the cut answer is over the budget (then send an error instead). */
  fits: boolean;
}

/** Characters `value` takes as JSON. */
export function jsonChars(value: unknown): number {
  return value === undefined ? 0 : JSON.stringify(value).length;
}

/** `answer`, made to fit `budget` characters of JSON; see the module doc. */
export function fitAnswer<S>(
  answer: Answer<S>,
  args: unknown,
  budget = ANSWER_BUDGET_CHARS,
): FittedAnswer<S> {
  const cuts: string[] = [];
  let { text, structured } = elideArguments(answer, args, cuts);
  const size = () => jsonChars(text) + jsonChars(structured);
  if (size() <= budget) return { text, structured, cuts, fits: true };

  // Long lines and long strings first: one minified line must not crowd out everything else.
  const linesCut = { count: 0 };
  text = cutLongLines(text, linesCut);
  structured = mapStrings(structured, (s) => cutString(s, LINE_CHARS, linesCut));
  if (linesCut.count) cuts.push(`${linesCut.count} line(s) over ${LINE_CHARS} characters cut`);

  // The text gets half the budget when there is structured content to share it with.
  const noteRoom = 400;
  const textBudget = (structured === undefined ? budget : budget / 2) - noteRoom;
  if (jsonChars(text) > textBudget) {
    const kept = cutTextTo(text, textBudget);
    cuts.push(`text cut after ${kept.lines} of ${kept.of} lines`);
    text = kept.text;
  }

  if (structured !== undefined) {
    const halved = new Map<string, { from: number; to: number }>();
    while (jsonChars(structured) > budget - noteRoom - jsonChars(text)) {
      const longest = longestList(structured);
      if (!longest) break;
      const entry = halved.get(longest.path) ?? { from: longest.size(), to: 0 };
      longest.halve();
      entry.to = longest.size();
      halved.set(longest.path, entry);
    }
    for (const [path, { from, to }] of halved) {
      cuts.push(`${path || "result"} shortened from ${from} to ${to} entries`);
    }
  }
  if (cuts.length) {
    text += `\n[Answer cut to fit ${Math.round(budget / 1024)} K characters: ${cuts.join("; ")}. ` +
      "Ask for less (a smaller top/limit/count, a line range) to see the rest.]";
  }
  return { text, structured, cuts, fits: size() <= budget };
}

/**
 * Replaces, in the answer's text and strings, every argument value longer than
 * {@link ARGUMENT_ECHO_CHARS} by its first characters and its length.
 */
function elideArguments<S>(answer: Answer<S>, args: unknown, cuts: string[]): Answer<S> {
  const long = new Set<string>();
  mapStrings(args, (s) => {
    if (s.length > ARGUMENT_ECHO_CHARS) long.add(s);
    return s;
  });
  if (long.size === 0) return answer;
  // Longest first, so a value that contains another is replaced whole.
  const values = [...long].sort((a, b) => b.length - a.length);
  let elided = 0;
  const elide = (s: string) => {
    for (const v of values) {
      if (s.length >= v.length && s.includes(v)) {
        s = s.split(v).join(shortQuote(v));
        elided++;
      }
    }
    return s;
  };
  const text = elide(answer.text);
  const structured = mapStrings(answer.structured, elide);
  if (elided) cuts.push("long argument values shown by their first characters");
  return { text, structured };
}

/** `"abc…" (5,000,000 characters)`, for a long value quoted back. */
export function shortQuote(value: string): string {
  return `${value.slice(0, ECHO_PREFIX_CHARS)}…[${
    value.length.toLocaleString("en-US")
  } characters]`;
}

/** `s` cut to `max` characters with a marker saying how many more it had. */
function cutString(s: string, max: number, counter: { count: number }): string {
  if (s.length <= max) return s;
  counter.count++;
  return `${s.slice(0, max)}…[cut: ${(s.length - max).toLocaleString("en-US")} more characters]`;
}

function cutLongLines(text: string, counter: { count: number }): string {
  if (!text.split("\n").some((l) => l.length > LINE_CHARS)) return text;
  return text.split("\n").map((l) => cutString(l, LINE_CHARS, counter)).join("\n");
}

/** The first lines of `text` whose JSON fits `maxChars` (or the start of the first line). */
function cutTextTo(text: string, maxChars: number): { text: string; lines: number; of: number } {
  const lines = text.split("\n");
  let used = 2; // the quotes
  let kept = 0;
  for (; kept < lines.length; kept++) {
    const add = jsonChars(lines[kept]); // its quotes stand for the escaped "\n" after it
    if (used + add > maxChars) break;
    used += add;
  }
  if (kept > 0) return { text: lines.slice(0, kept).join("\n"), lines: kept, of: lines.length };
  return { text: `${prefixWithin(lines[0], maxChars - 8)}…`, lines: 0, of: lines.length };
}

/** The longest prefix of `s` whose JSON takes at most `maxChars` (escapes take up to six). */
function prefixWithin(s: string, maxChars: number): string {
  let lo = 0;
  let hi = Math.min(s.length, maxChars);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (jsonChars(s.slice(0, mid)) <= maxChars) lo = mid;
    else hi = mid - 1;
  }
  return s.slice(0, lo);
}

/** A copy of `value` with `f` applied to every string in it (keys kept). */
function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === "string") return f(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, f)) as T;
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapStrings(v, f);
    return out as T;
  }
  return value;
}

/** A list that can be halved: an array of two or more, or a map of over {@link MAP_KEYS} keys. */
interface Halvable {
  path: string;
  size(): number;
  halve(): void;
}

/**
 * The halvable list in `value` whose JSON is longest, with its path (`suspects`,
 * `groups[].paths`, `stats`). Only our own copy is changed (see `mapStrings`).
 */
function longestList(value: unknown): Halvable | undefined {
  let best: (Halvable & { chars: number }) | undefined;
  const consider = (chars: number, path: string, list: Omit<Halvable, "path">) => {
    if (!best || chars > best.chars) best = { ...list, path, chars };
  };
  const visit = (v: unknown, path: string): number => {
    if (Array.isArray(v)) {
      let chars = 2;
      v.forEach((item, i) => chars += visit(item, `${path}[${i}]`) + 1);
      if (v.length > 1) {
        consider(chars, path, {
          size: () => v.length,
          halve: () => v.length = Math.floor(v.length / 2),
        });
      }
      return chars;
    }
    if (v && typeof v === "object") {
      const record = v as Record<string, unknown>;
      let chars = 2;
      for (const [k, item] of Object.entries(record)) {
        chars += jsonChars(k) + 2 + visit(item, path ? `${path}.${k}` : k);
      }
      if (Object.keys(record).length > MAP_KEYS) {
        consider(chars, path, {
          size: () => Object.keys(record).length,
          halve: () => {
            const keys = Object.keys(record);
            for (const k of keys.slice(Math.floor(keys.length / 2))) delete record[k];
          },
        });
      }
      return chars;
    }
    return jsonChars(v);
  };
  visit(value, "");
  return best && { ...best, path: best.path.replace(/\[\d+\]/g, "[]") };
}
