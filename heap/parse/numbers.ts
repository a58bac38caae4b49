/**
 * The hot loop of the parser: turns the text of a JSON array of non-negative integers
 * (`nodes`, `edges`, `locations`) into batches of `Uint32Array` numbers, chunk by chunk,
 * with strict JSON syntax (no leading comma, no missing comma, no trailing comma).
 *
 * @module
 */

/** Scanner states between bytes. */
const EXPECT_VALUE = 0;
const IN_NUMBER = 1;
const AFTER_VALUE = 2;

/** Why a scan stopped early; `NONE` means it did not fail. */
export const ScanError = {
  NONE: 0,
  /** A byte that cannot appear in an array of non-negative integers. */
  BAD_BYTE: 1,
  /** A comma or `]` where a number was expected. */
  EXPECTED_NUMBER: 2,
  /** Two numbers without a comma between them. */
  EXPECTED_COMMA: 3,
  /** A number above 2^32 - 1. */
  TOO_LARGE: 4,
} as const;

/** Explains a `ScanError` code in words, for error messages. */
export function describeScanError(code: number): string {
  switch (code) {
    case ScanError.BAD_BYTE:
      return "expected a digit, ',' or ']' (arrays here hold only non-negative integers)";
    case ScanError.EXPECTED_NUMBER:
      return "expected a number";
    case ScanError.EXPECTED_COMMA:
      return "expected ',' between numbers";
    case ScanError.TOO_LARGE:
      return "number larger than 4294967295";
    default:
      return "unexpected input";
  }
}

/** What the loader needs from an integer-array scanner (the JS one or the WebAssembly one). */
export interface IntegerArrayScanner {
  /** Where scanned numbers go; `scan` fills it from index `count`. */
  readonly batch: Uint32Array;
  /** Numbers written into `batch`; the caller sets it back to 0 after consuming them. */
  count: number;
  /** True once the closing `]` has been consumed. */
  readonly done: boolean;
  /** A `ScanError` code; the failing byte is at the position `scan` returned. */
  readonly error: number;
  /** True while the number being read began before the position of the next `scan`. */
  readonly carried: boolean;
  /** True when the last byte scanned was a `,` (or the `[`): a number must come next. */
  readonly betweenValues: boolean;
  /**
   * Starts a new array (the opening `[` already consumed), or with `continued` the rest of
   * an array read from just after one of its commas (so a `]` right away is an error).
   */
  reset(continued?: boolean): void;
  /** Scans `buf[pos..end)`; returns the position where it stopped. */
  scan(buf: Uint8Array, pos: number, end: number): number;
}

/**
 * Scans one integer array across any number of chunks. The opening `[` is consumed by the
 * caller; `scan` is called with successive byte ranges until `done` (the closing `]` was
 * consumed) or `error` is set. A number split across two chunks is carried in `acc`.
 */
export class NumberScanner implements IntegerArrayScanner {
  /** Where scanned numbers go; `scan` fills it from index `count`. */
  readonly batch: Uint32Array;
  /** Numbers written into the current batch. */
  count = 0;
  /** True once the closing `]` has been consumed. */
  done = false;
  /** A `ScanError` code; the failing byte is at the position `scan` returned. */
  error: number = ScanError.NONE;
  /** True while the first number of the next batch began in an earlier chunk. */
  carried = false;
  private state = EXPECT_VALUE;
  private acc = 0;
  private any = false;

  constructor(batchSize: number) {
    this.batch = new Uint32Array(batchSize);
  }

  /** Starts a new array, or (`continued`) the rest of one after a comma. */
  reset(continued = false): void {
    this.count = 0;
    this.done = false;
    this.error = ScanError.NONE;
    this.carried = false;
    this.state = EXPECT_VALUE;
    this.acc = 0;
    this.any = continued;
  }

  /** True when a number must come next. */
  get betweenValues(): boolean {
    return this.state === EXPECT_VALUE;
  }

  /**
   * Scans `buf[pos..end)` into `batch` from index `count`, stopping when `batch` is full,
   * the array ends, input runs out or a syntax error is found. Returns the new position.
   */
  scan(buf: Uint8Array, pos: number, end: number): number {
    const out = this.batch;
    let state = this.state;
    let acc = this.acc;
    let n = this.count;
    const max = out.length;
    while (pos < end) {
      const b = buf[pos];
      const d = b - 48;
      if (d >= 0 && d <= 9) {
        if (state === IN_NUMBER) {
          acc = acc * 10 + d;
          if (acc > 0xffffffff) {
            this.error = ScanError.TOO_LARGE;
            break;
          }
        } else if (state === EXPECT_VALUE) {
          acc = d;
          state = IN_NUMBER;
        } else {
          this.error = ScanError.EXPECTED_COMMA;
          break;
        }
        pos++;
        continue;
      }
      if (state === IN_NUMBER) {
        if (n === max) break; // batch full: emit this number on the next call
        out[n++] = acc;
        state = AFTER_VALUE;
        this.any = true;
      }
      if (b === 0x2c) {
        if (state !== AFTER_VALUE) {
          this.error = ScanError.EXPECTED_NUMBER;
          break;
        }
        state = EXPECT_VALUE;
      } else if (b === 0x5d) {
        if (state === EXPECT_VALUE && this.any) {
          this.error = ScanError.EXPECTED_NUMBER;
          break;
        }
        pos++;
        this.done = true;
        break;
      } else if (b !== 0x0a && b !== 0x20 && b !== 0x0d && b !== 0x09) {
        this.error = ScanError.BAD_BYTE;
        break;
      }
      pos++;
    }
    this.carried = state === IN_NUMBER;
    this.state = state;
    this.acc = acc;
    this.count = n;
    return pos;
  }
}

/**
 * Finds the buffer index where the `k`-th number of a batch starts, by rescanning from the
 * index where the batch started. Used only to put an exact byte offset in an error message.
 */
export function locateNumber(
  buf: Uint8Array,
  batchStart: number,
  end: number,
  k: number,
  carried: boolean,
): number {
  let inNumber = carried;
  let numberStart = batchStart;
  let seen = 0;
  for (let i = batchStart; i < end; i++) {
    const b = buf[i];
    const digit = b >= 48 && b <= 57;
    if (digit && !inNumber) {
      inNumber = true;
      numberStart = i;
    } else if (!digit && inNumber) {
      if (seen === k) return numberStart;
      seen++;
      inNumber = false;
    }
  }
  return inNumber && seen === k ? numberStart : batchStart;
}
