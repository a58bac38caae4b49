/**
 * A chunked byte reader over a file: the parser scans `buf[pos..end)` synchronously and asks
 * for more only when a token runs past the end of what has been read. Memory stays at one
 * chunk unless a single token (a huge string) is longer than that.
 *
 * @module
 */

import { describeByte, SnapshotParseError } from "./error.ts";

/**
 * Bytes requested per read: large enough that per-read overhead is negligible, small
 * enough that the chunk is still in the L2 cache when the scanner reads it (~10% faster
 * than 4 MiB chunks on a 351 MB file).
 */
export const CHUNK_BYTES = 256 << 10;

/** The largest single token (one string) the reader will buffer: V8's string length limit. */
const MAX_BUFFER_BYTES = 0x20000000;

/**
 * The deepest nesting of arrays and objects a section may have. V8 writes the header four
 * levels deep (`snapshot` → `meta` → `node_types` → its first list) and `trace_tree` one level
 * per frame of an allocation stack (at most 64 frames, V8's kMaxAllocationTraceLength), so 100
 * leaves room; the bound keeps a hostile file of nested brackets from growing the skipper's
 * state with the file.
 */
export const MAX_NESTING = 100;

/** Progress and cancellation hooks for a read. */
export interface ReaderHooks {
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  signal?: AbortSignal;
  /**
   * Read with `readSync`: no hop to Deno's I/O thread per chunk (~10% faster parsing of a
   * cached file), but the thread blocks while reading; meant for workers.
   */
  syncReads?: boolean;
}

/** Reads a file in chunks and tracks the absolute byte offset of the scan position. */
export class ChunkReader {
  /** The bytes read and not yet discarded; valid in `[0, end)`. */
  buf: Uint8Array;
  /** Scan position in `buf`. */
  pos = 0;
  /** End of valid bytes in `buf`. */
  end = 0;
  /** Absolute file offset of `buf[0]`. */
  base = 0;
  /** True once the file has no more bytes. */
  eof = false;
  /** Bytes read from the file so far. */
  bytesRead = 0;

  constructor(
    readonly path: string,
    private readonly file: Deno.FsFile,
    readonly totalBytes: number,
    private readonly hooks: ReaderHooks = {},
    buffer: Uint8Array = new Uint8Array(CHUNK_BYTES),
  ) {
    this.buf = buffer;
  }

  /** Absolute file offset of the scan position. */
  get offset(): number {
    return this.base + this.pos;
  }

  /** Absolute file offset of buffer index `i`. */
  offsetOf(i: number): number {
    return this.base + i;
  }

  /** A parse error at buffer index `i` (defaults to the scan position). */
  error(detail: string, i = this.pos): SnapshotParseError {
    return new SnapshotParseError(this.path, this.base + i, detail);
  }

  /**
   * Keeps `buf[pos..end)`, moves it to the front and reads more after it. Grows the buffer
   * when it is full of one unfinished token. Returns false at end of file.
   */
  async fill(): Promise<boolean> {
    if (this.eof) return false;
    if (this.pos > 0) {
      this.buf.copyWithin(0, this.pos, this.end);
      this.base += this.pos;
      this.end -= this.pos;
      this.pos = 0;
    }
    if (this.end === this.buf.length) {
      if (this.buf.length >= MAX_BUFFER_BYTES) {
        throw this.error(
          `a single token is longer than ${MAX_BUFFER_BYTES} bytes (V8's string limit); ` +
            "the file is not a heap snapshot this parser can read",
        );
      }
      const bigger = new Uint8Array(Math.min(this.buf.length * 2, MAX_BUFFER_BYTES));
      bigger.set(this.buf.subarray(0, this.end));
      this.buf = bigger;
    }
    this.hooks.signal?.throwIfAborted();
    let n: number | null;
    try {
      const into = this.buf.subarray(this.end);
      n = this.hooks.syncReads ? this.file.readSync(into) : await this.file.read(into);
    } catch (e) {
      throw new SnapshotParseError(
        this.path,
        this.base + this.end,
        `cannot read the file (${(e as Error).message})`,
        { cause: e },
      );
    }
    this.hooks.signal?.throwIfAborted();
    if (n === null || n === 0) {
      this.eof = true;
      return false;
    }
    this.end += n;
    this.bytesRead += n;
    this.hooks.onProgress?.(this.bytesRead, this.totalBytes);
    return true;
  }

  /**
   * Continues reading at absolute `offset` (bytes skipped over were read by someone else,
   * e.g. the edges worker). Progress counts them as read.
   */
  seek(offset: number): void {
    if (offset >= this.base && offset <= this.base + this.end) {
      this.pos = offset - this.base;
      return;
    }
    try {
      this.file.seekSync(offset, Deno.SeekMode.Start);
    } catch (e) {
      throw new SnapshotParseError(this.path, offset, `cannot seek in the file (${e})`, {
        cause: e,
      });
    }
    this.base = offset;
    this.pos = 0;
    this.end = 0;
    this.eof = false;
    if (offset > this.bytesRead) {
      this.bytesRead = offset;
      this.hooks.onProgress?.(this.bytesRead, this.totalBytes);
    }
  }

  /** Skips JSON whitespace; returns the next byte without consuming it, or -1 at end of file. */
  async peekNonSpace(): Promise<number> {
    for (;;) {
      const buf = this.buf;
      let pos = this.pos;
      const end = this.end;
      while (pos < end) {
        const b = buf[pos];
        if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) {
          this.pos = pos;
          return b;
        }
        pos++;
      }
      this.pos = pos;
      if (!(await this.fill())) return -1;
    }
  }

  /** Consumes `byte` after optional whitespace, or throws saying what was expected. */
  async expect(byte: number, what: string): Promise<void> {
    const b = await this.peekNonSpace();
    if (b !== byte) {
      throw this.error(`expected ${what}, found ${describeByte(b < 0 ? undefined : b)}`);
    }
    this.pos++;
  }

  /**
   * Reads a short JSON string (an object key) of at most `maxBytes` bytes, after optional
   * whitespace. Longer strings are an error: keys in a snapshot are short.
   */
  async readShortString(what: string, maxBytes = 256): Promise<string> {
    const first = await this.peekNonSpace();
    if (first !== 0x22) {
      throw this.error(`expected ${what}, found ${describeByte(first < 0 ? undefined : first)}`);
    }
    // `pos` stays on the opening quote until the whole string is in the buffer.
    let scanned = 1;
    for (;;) {
      const start = this.pos;
      let i = start + scanned;
      while (i < this.end) {
        const b = this.buf[i];
        if (b === 0x22) {
          const raw = this.buf.subarray(start, i + 1);
          this.pos = i + 1;
          return decodeJsonString(this, raw, start);
        }
        i += b === 0x5c ? 2 : 1;
        if (i - start > maxBytes) {
          throw this.error(`expected ${what} of at most ${maxBytes} bytes`, start);
        }
      }
      scanned = Math.min(i, this.end) - start;
      if (i > this.end) scanned -= 1; // rescan the byte after a trailing backslash
      if (!(await this.fill())) throw this.error(`file ends inside ${what}`, this.end);
    }
  }

  /**
   * Consumes one JSON value of any size without keeping it, checking that brackets pair up
   * and strings close. Used for sections the analysis does not need.
   */
  async skipValue(what: string): Promise<void> {
    await this.collectValue(what, -1);
  }

  /**
   * Consumes one JSON value and returns its text, failing past `maxBytes`. With
   * `maxBytes < 0`, consumes without collecting (any size).
   */
  async collectValue(what: string, maxBytes: number): Promise<string> {
    const first = await this.peekNonSpace();
    if (first < 0) throw this.error(`expected ${what}, found end of file`);
    const startOffset = this.offset;
    const stack: number[] = [];
    const parts: Uint8Array[] = [];
    let collected = 0;
    let inString = false;
    let escaped = false;
    let started = false;
    for (;;) {
      const buf = this.buf;
      const end = this.end;
      let i = this.pos;
      let finished = false;
      for (; i < end; i++) {
        const b = buf[i];
        if (inString) {
          if (escaped) escaped = false;
          else if (b === 0x5c) escaped = true;
          else if (b === 0x22) {
            inString = false;
            if (stack.length === 0) {
              i++;
              finished = true;
              break;
            }
          }
          continue;
        }
        if (b === 0x22) {
          inString = true;
          started = true;
        } else if (b === 0x7b || b === 0x5b) {
          if (stack.length === MAX_NESTING) {
            throw this.error(
              `${what} (from byte ${startOffset}) nests arrays and objects deeper than ` +
                `${MAX_NESTING} levels; a V8 heap snapshot nests at most about 66`,
              i,
            );
          }
          stack.push(b === 0x7b ? 0x7d : 0x5d);
          started = true;
        } else if (b === 0x7d || b === 0x5d) {
          if (stack.length === 0 && started) {
            finished = true; // a bare scalar ends at the enclosing object's '}'
            break;
          }
          if (stack.pop() !== b) {
            throw this.error(`unbalanced ${describeByte(b)} inside ${what}`, i);
          }
          if (stack.length === 0) {
            i++;
            finished = true;
            break;
          }
        } else if (stack.length === 0 && started) {
          // A bare scalar (number, true, …) ends at the first delimiter.
          if (b === 0x2c || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) {
            finished = true;
            break;
          }
        } else {
          started = true;
        }
      }
      if (maxBytes >= 0) {
        collected += i - this.pos;
        if (collected > maxBytes) {
          throw new SnapshotParseError(
            this.path,
            startOffset,
            `${what} is longer than ${maxBytes} bytes; expected a small JSON value`,
          );
        }
        parts.push(buf.slice(this.pos, i));
      }
      this.pos = i;
      if (finished) break;
      if (!(await this.fill())) {
        if (stack.length === 0 && started && !inString) break;
        throw this.error(`file ends inside ${what} (started at byte ${startOffset})`, this.end);
      }
    }
    if (maxBytes < 0) return "";
    const all = new Uint8Array(collected);
    let at = 0;
    for (const p of parts) {
      all.set(p, at);
      at += p.length;
    }
    return new TextDecoder().decode(all);
  }
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes one JSON string literal (quotes included) that starts at buffer index `at`.
 * Handles escapes, `\uXXXX` and surrogate pairs via `JSON.parse` on the literal alone.
 */
export function decodeJsonString(reader: ChunkReader, raw: Uint8Array, at: number): string {
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    throw reader.error("invalid UTF-8 inside a string", at);
  }
  try {
    return JSON.parse(text) as string;
  } catch (e) {
    throw reader.error(`invalid JSON string (${(e as Error).message})`, at);
  }
}
