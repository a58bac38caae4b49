/**
 * The one error type the snapshot parser throws for bad input.
 *
 * @module
 */

/**
 * A `.heapsnapshot` file that cannot be read as a V8 heap snapshot. The message names the
 * file, the byte offset and what was expected there; `file` and `offset` carry the same
 * facts for code.
 */
export class SnapshotParseError extends Error {
  /** The file being parsed. */
  readonly file: string;
  /** Byte offset in the file where the problem was found (0 when the file cannot be opened). */
  readonly offset: number;
  /** The bare description, without the file and offset prefix. */
  readonly detail: string;

  constructor(file: string, offset: number, detail: string, options?: ErrorOptions) {
    super(`${file}: byte ${offset}: ${detail}`, options);
    this.name = "SnapshotParseError";
    this.file = file;
    this.offset = offset;
    this.detail = detail;
  }
}

/** Shows one byte of input in a message: a printable character quoted, anything else in hex. */
export function describeByte(byte: number | undefined): string {
  if (byte === undefined) return "end of file";
  if (byte >= 0x21 && byte < 0x7f) return `'${String.fromCharCode(byte)}'`;
  return `byte 0x${byte.toString(16).padStart(2, "0")}`;
}
