/**
 * Reads the `strings` section (a JSON array of strings, possibly hundreds of MB) one string
 * at a time from the chunk reader.
 *
 * @module
 */

import { type ChunkReader, decodeJsonString } from "./parse_reader.ts";
import { describeByte } from "./parse_error.ts";

/**
 * Reads the `strings` array one string at a time. Plain ASCII strings (almost all of
 * them) are sliced out of a per-chunk decode; others go through `JSON.parse` alone.
 */
export async function readStrings(r: ChunkReader): Promise<string[]> {
  await r.expect(0x5b, `'[' starting "strings"`);
  const bytesAsChars = new TextDecoder("x-user-defined");
  const utf8Chunk = new TextDecoder("utf-8");
  const strings: string[] = [];
  let expectString = true;
  let first = true;
  let text = "";
  let textFor: Uint8Array | null = null;
  let textBase = -1;
  let textEnd = -1;
  for (;;) {
    const buf = r.buf;
    const end = r.end;
    let pos = r.pos;
    let done = false;
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
      let i = pos + 1;
      let high = 0;
      let escaped = false;
      while (i < end) {
        const c = buf[i];
        if (c === 0x22) break;
        if (c === 0x5c) {
          escaped = true;
          i += 2;
          continue;
        }
        if (c < 0x20) {
          r.pos = pos;
          throw r.error(`in "strings": raw control byte 0x${c.toString(16)} inside a string`, i);
        }
        high |= c;
        i++;
      }
      if (i >= end) break; // the string continues in the next chunk
      if (!escaped && high < 0x80) {
        if (textFor !== buf || textBase !== r.base || textEnd !== end) {
          // Slices need char index = byte index. UTF-8 decoding is ~8x faster and keeps
          // that whenever the length comes out equal (every char from exactly one byte);
          // otherwise decode each byte as one char.
          text = utf8Chunk.decode(buf.subarray(0, end));
          if (text.length !== end) text = bytesAsChars.decode(buf.subarray(0, end));
          textFor = buf;
          textBase = r.base;
          textEnd = end;
        }
        strings.push(text.slice(pos + 1, i));
      } else {
        strings.push(decodeJsonString(r, buf.subarray(pos, i + 1), pos));
      }
      pos = i + 1;
      expectString = false;
      first = false;
    }
    r.pos = pos;
    if (done) return strings;
    if (!(await r.fill())) {
      throw r.error('file ends inside "strings" (truncated snapshot?)', r.end);
    }
  }
}
