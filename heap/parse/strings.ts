/**
 * Reads the `strings` section (a JSON array of strings, possibly hundreds of MB) from the
 * chunk reader into a `StringTable`: every byte is validated, but only the bodies' bytes and
 * their offsets are kept; nothing is decoded until the analysis asks for a string.
 *
 * @module
 */

import { type ChunkReader, decodeJsonString } from "./reader.ts";
import { describeByte } from "./error.ts";
import { MAX_U32, StringTable } from "../graph/string_table.ts";

/**
 * Reads the `strings` array. Strings with escapes or non-ASCII bytes (rare) are also decoded
 * once, and dropped, to reject bad escapes and bad UTF-8 here rather than at first use.
 */
export async function readStrings(r: ChunkReader): Promise<StringTable> {
  await r.expect(0x5b, `'[' starting "strings"`);
  // Every stored byte is a distinct byte of the rest of the file: that bounds the store.
  const store = new BodyStore(r.totalBytes - r.offset);
  let expectString = true;
  let first = true;
  for (;;) {
    const buf = r.buf;
    const end = r.end;
    let pos = r.pos;
    let done = false;
    // Room for every byte left in this chunk.
    const out = store.reserve(end - pos);
    let o = store.used;
    let starts = store.starts;
    let count = store.count;
    while (pos < end) {
      const b = buf[pos];
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) {
        pos++;
        continue;
      }
      if (!expectString) {
        if (b === 0x2c) expectString = true;
        else if (b === 0x5d) done = true;
        else {
          r.pos = pos;
          throw r.error(`in "strings": expected ',' or ']', found ${describeByte(b)}`);
        }
        pos++;
        if (done) break;
        continue;
      }
      if (b !== 0x22) {
        if (b === 0x5d && first) {
          pos++;
          done = true;
          break;
        }
        r.pos = pos;
        throw r.error(`in "strings": expected a string, found ${describeByte(b)}`);
      }
      // Scan and copy the body in one pass; `o` moves on only once the string is complete.
      // `esc` is 1 on the byte after an unescaped backslash: kept without a branch of its
      // own, as escapes are too rare to have run before the loop is optimized.
      let i = pos + 1;
      let at = o;
      let high = 0;
      let esc = 0;
      let escaped = 0;
      for (; i < end; i++) {
        const c = buf[i];
        if (c === 0x22 && esc === 0) break;
        if (c < 0x20 && esc === 0) {
          r.pos = pos;
          throw r.error(`in "strings": raw control byte 0x${c.toString(16)} inside a string`, i);
        }
        out[at++] = c;
        high |= c;
        esc = c === 0x5c ? esc ^ 1 : 0;
        escaped |= esc;
      }
      if (i >= end) break; // the string continues in the next chunk
      if (escaped !== 0 || high >= 0x80) decodeJsonString(r, buf.subarray(pos, i + 1), pos);
      o = at;
      if (++count === starts.length) starts = store.growStarts();
      starts[count] = o;
      pos = i + 1;
      expectString = false;
      first = false;
    }
    store.used = o;
    store.count = count;
    r.pos = pos;
    if (done) return store.finish();
    if (!(await r.fill())) {
      throw r.error('file ends inside "strings" (truncated snapshot?)', r.end);
    }
  }
}

/** First allocation for the bodies; grown geometrically up to the bound after that. */
const INITIAL_BYTES = 64 << 20;

/** First allocation for the string offsets (16 M strings); doubled after that. */
const INITIAL_SLOTS = 1 << 24;

/** Growable bodies + end offsets, handed to a `StringTable` when the section ends. */
class BodyStore {
  bytes: Uint8Array;
  /** Bytes of `bytes` in use. */
  used = 0;
  /** `starts[k]` = start of string `k`; `starts[count]` = end of the last one. */
  starts: Uint32Array | Float64Array;
  count = 0;

  constructor(private readonly maxBytes: number) {
    this.bytes = new Uint8Array(Math.min(maxBytes, INITIAL_BYTES));
    // Each string takes at least 3 bytes (`"",`): sized from that bound, `starts` rarely
    // grows, and the pages past the strings actually read are never touched.
    const slots = Math.min(Math.floor(maxBytes / 3) + 2, INITIAL_SLOTS);
    this.starts = maxBytes > MAX_U32 ? new Float64Array(slots) : new Uint32Array(slots);
  }

  /** Makes room for `n` more bytes after `used`; returns the (possibly new) buffer. */
  reserve(n: number): Uint8Array {
    const need = this.used + n;
    if (need > this.bytes.length) {
      // The bound only caps the doubling: a file that grew while read may need more.
      const bigger = new Uint8Array(Math.max(need, Math.min(this.bytes.length * 2, this.maxBytes)));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
      if (need > MAX_U32 && this.starts instanceof Uint32Array) {
        this.starts = Float64Array.from(this.starts);
      }
    }
    return this.bytes;
  }

  /** Doubles `starts` (the caller holds it in a local and has filled it). */
  growStarts(): Uint32Array | Float64Array {
    const size = this.starts.length * 2;
    const bigger = this.starts instanceof Float64Array
      ? new Float64Array(size)
      : new Uint32Array(size);
    bigger.set(this.starts);
    this.starts = bigger;
    return bigger;
  }

  /** The table, with the arrays trimmed when more than a quarter of them would be unused. */
  finish(): StringTable {
    const n = this.count;
    let { bytes, starts } = this;
    if (bytes.length - this.used > this.used / 4) bytes = bytes.slice(0, this.used);
    if (starts.length - (n + 1) > (n + 1) / 4) starts = starts.slice(0, n + 1);
    return new StringTable(bytes, starts, n);
  }
}
