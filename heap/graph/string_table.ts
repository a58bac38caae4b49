/**
 * The snapshot's string table kept as bytes: each string's JSON body (between the quotes,
 * escapes kept) in one `Uint8Array`, decoded to a JS string only when asked for. A snapshot
 * has millions of strings (mostly the contents of string objects) but the analysis reads a
 * few thousand names, so decoding all of them up front wastes time and heap.
 *
 * @module
 */

import { freeNow } from "./free_now.ts";

/** Largest byte offset a `Uint32Array` of offsets can hold (larger tables use Float64). */
export const MAX_U32 = 0xffffffff;

const utf8Fatal = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");

/**
 * Read-only string table: `get(i)` decodes string `i` on first use and caches it; `equals`,
 * `startsWith` and `includes` compare ASCII needles on the bytes without decoding.
 *
 * Byte-level matching relies on V8's writer escaping only `"`, `\`, control characters and
 * (in some versions) non-ASCII as `\uXXXX`: printable ASCII is never escaped, so a needle of
 * printable ASCII other than `"` and `\` appears in the bytes exactly where it appears in the
 * decoded string. Other needles fall back to decoding.
 */
export class StringTable {
  /** Number of strings. */
  readonly length: number;
  readonly #bytes: Uint8Array;
  /** Per string + 1: start of its body in `#bytes`; string `i` ends where `i + 1` starts. */
  readonly #starts: Uint32Array | Float64Array;
  /** Decoded strings, by index; only those asked for. */
  readonly #cache = new Map<number, string>();
  /** The last needle `includes` found safe to match on bytes. */
  #safeNeedle = "";

  /**
   * Wraps `length` strings whose JSON bodies are `bytes[starts[i] .. starts[i + 1])`.
   * Used by the parser and `fromArray`; the arrays are kept, not copied.
   */
  constructor(bytes: Uint8Array, starts: Uint32Array | Float64Array, length: number) {
    if (starts.length < length + 1) throw new RangeError("StringTable: starts is too short");
    this.length = length;
    this.#bytes = bytes;
    this.#starts = starts;
  }

  /** Builds a table from JS strings (tests and fixtures). */
  static fromArray(strings: readonly string[]): StringTable {
    const encoder = new TextEncoder();
    const bodies = strings.map((s) => encoder.encode(JSON.stringify(s).slice(1, -1)));
    const total = bodies.reduce((n, b) => n + b.length, 0);
    const bytes = new Uint8Array(total);
    const starts = total > MAX_U32
      ? new Float64Array(strings.length + 1)
      : new Uint32Array(strings.length + 1);
    let at = 0;
    bodies.forEach((b, i) => {
      starts[i] = at;
      bytes.set(b, at);
      at += b.length;
    });
    starts[strings.length] = at;
    return new StringTable(bytes, starts, strings.length);
  }

  /** Gives the table's memory back now (see `free_now.ts`); it must not be read afterwards. */
  release(): void {
    freeNow(this.#bytes, this.#starts);
    this.#cache.clear();
  }

  /**
   * String `i`, decoded on first use and cached. Never throws for bad bytes: a body that is
   * not valid UTF-8 or JSON comes back as its lenient UTF-8 decoding, escapes unresolved.
   */
  get(i: number): string {
    let s = this.#cache.get(i);
    if (s === undefined) {
      this.#checkIndex(i);
      s = this.#decode(i);
      this.#cache.set(i, s);
    }
    return s;
  }

  /**
   * The indices of the strings exactly equal to each of `names` (the first such string; -1
   * when there is none), in one pass over the table: a string is compared only with names
   * its body's length allows.
   */
  indicesOf(names: readonly string[]): number[] {
    const out = names.map(() => -1);
    // Plain ASCII names match only bodies of their own length; others need the full test.
    // By length in a plain array: the length test is most strings' only cost.
    const byLength: (number[] | undefined)[] = [];
    const other: number[] = [];
    names.forEach((n, k) => {
      if (!/^[\x20-\x7e]*$/.test(n) || n.includes("\\") || n.includes('"')) other.push(k);
      else (byLength[n.length] ??= []).push(k);
    });
    const longest = byLength.length - 1;
    let left = names.length;
    // Indexed loops: this one call runs over millions of strings, much of it before it is
    // optimized, and an iterator per string would be garbage per string.
    const starts = this.#starts;
    for (let i = 0; i < this.length && left > 0; i++) {
      const len = starts[i + 1] - starts[i];
      const same = len <= longest ? byLength[len] : undefined;
      if (same !== undefined) {
        for (let j = 0; j < same.length; j++) {
          const k = same[j];
          if (out[k] < 0 && this.equals(i, names[k])) {
            out[k] = i;
            left--;
          }
        }
      }
      for (let j = 0; j < other.length; j++) {
        const k = other[j];
        if (out[k] < 0 && this.equals(i, names[k])) {
          out[k] = i;
          left--;
        }
      }
    }
    return out;
  }

  /** Whether string `i` is exactly `s`; decodes only short strings with escapes or non-ASCII. */
  equals(i: number, s: string): boolean {
    this.#checkIndex(i);
    const a = this.#starts[i];
    const len = this.#starts[i + 1] - a;
    // A body is never shorter than its decoding, and at most 6 bytes (`\uXXXX`) per unit.
    if (len < s.length || len > 6 * s.length) return false;
    if (len === s.length) {
      // Equal lengths: an ASCII `s` without `\` is the decoding only if it is the body.
      const bytes = this.#bytes;
      for (let k = 0; k < len; k++) {
        const c = s.charCodeAt(k);
        if (c >= 0x80 || c === 0x5c) return this.#cachedOrDecoded(i) === s;
        if (bytes[a + k] !== c) return false;
      }
      return true;
    }
    // Longer than `s`: equal only through escapes or multi-byte characters.
    return !this.#isPlain(a, a + len) && this.#cachedOrDecoded(i) === s;
  }

  /** Whether string `i` starts with `prefix`. */
  startsWith(i: number, prefix: string): boolean {
    this.#checkIndex(i);
    const a = this.#starts[i];
    const n = prefix.length;
    if (this.#starts[i + 1] - a < n) return false; // the decoding is no longer than the body
    const bytes = this.#bytes;
    for (let k = 0; k < n; k++) {
      const c = prefix.charCodeAt(k);
      // Up to here the body matched literally: a mismatch against a safe character is final.
      if (!isSafeChar(c)) return this.#cachedOrDecoded(i).startsWith(prefix);
      if (bytes[a + k] !== c) return false;
    }
    return true;
  }

  /** Whether string `i` contains `sub`. */
  includes(i: number, sub: string): boolean {
    this.#checkIndex(i);
    const a = this.#starts[i];
    const b = this.#starts[i + 1];
    const n = sub.length;
    if (b - a < n) return false; // the decoding is no longer than the body
    if (n === 0) return true;
    if (sub !== this.#safeNeedle) {
      if (!isSafeNeedle(sub)) return this.#cachedOrDecoded(i).includes(sub);
      this.#safeNeedle = sub; // a loop over every string asks with the same needle
    }
    const bytes = this.#bytes;
    const first = sub.charCodeAt(0);
    for (let p = a; p <= b - n; p++) {
      const c = bytes[p];
      if (c === 0x5c) {
        // Skip the escape: its letter and hex digits are not characters of the string.
        p += bytes[p + 1] === 0x75 ? 5 : 1;
        continue;
      }
      if (c !== first) continue;
      let k = 1;
      while (k < n && bytes[p + k] === sub.charCodeAt(k)) k++;
      if (k === n) return true;
    }
    return false;
  }

  #checkIndex(i: number): void {
    if (i >>> 0 !== i || i >= this.length) {
      throw new RangeError(`string index ${i} is out of range (${this.length} strings)`);
    }
  }

  /** The cached decoding, or a fresh one that is not cached (checks must not fill the cache). */
  #cachedOrDecoded(i: number): string {
    return this.#cache.get(i) ?? this.#decode(i);
  }

  /** Whether `bytes[a..b)` is ASCII without a backslash, i.e. decodes to itself. */
  #isPlain(a: number, b: number): boolean {
    const bytes = this.#bytes;
    for (let k = a; k < b; k++) {
      const c = bytes[k];
      if (c === 0x5c || c >= 0x80) return false;
    }
    return true;
  }

  #decode(i: number): string {
    const a = this.#starts[i];
    const b = this.#starts[i + 1];
    const body = this.#bytes.subarray(a, b);
    if (this.#isPlain(a, b)) {
      // Short names are most lookups: building them here beats a TextDecoder call.
      if (b - a <= 64) return String.fromCharCode.apply(null, body as unknown as number[]);
      return utf8Lenient.decode(body);
    }
    let text: string;
    try {
      text = utf8Fatal.decode(body);
    } catch {
      return utf8Lenient.decode(body);
    }
    if (body.indexOf(0x5c) < 0) return text;
    try {
      return JSON.parse(`"${text}"`) as string;
    } catch {
      return text;
    }
  }
}

/**
 * Whether a needle can be matched on the bytes: printable ASCII other than `"` and `\`,
 * which V8 never escapes.
 */
function isSafeNeedle(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (!isSafeChar(s.charCodeAt(k))) return false;
  return true;
}

/** Printable ASCII other than `"` and `\`: stands for itself in a V8 string body. */
function isSafeChar(c: number): boolean {
  return c >= 0x20 && c < 0x7f && c !== 0x22 && c !== 0x5c;
}
