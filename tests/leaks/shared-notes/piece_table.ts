/**
 * A piece table: the text is a list of pieces, each a span of one of the buffers. Buffers are
 * never changed (buffer 0 is the original text, each insert adds one), so an edit only splits
 * and drops pieces, and earlier piece lists stay valid for undo.
 */
interface Piece {
  buffer: number;
  start: number;
  length: number;
}

export class PieceTable {
  #buffers: string[];
  #pieces: Piece[];
  #length: number;

  constructor(original: string) {
    this.#buffers = [original];
    this.#pieces = original ? [{ buffer: 0, start: 0, length: original.length }] : [];
    this.#length = original.length;
  }

  get length(): number {
    return this.#length;
  }

  get pieceCount(): number {
    return this.#pieces.length;
  }

  /** Splits the piece list at `offset`; returns the index of the first piece after it. */
  #split(offset: number): number {
    let at = 0;
    for (let i = 0; i < this.#pieces.length; i++) {
      const p = this.#pieces[i];
      if (offset === at) return i;
      if (offset < at + p.length) {
        const head = { ...p, length: offset - at };
        const tail = {
          buffer: p.buffer,
          start: p.start + head.length,
          length: p.length - head.length,
        };
        this.#pieces.splice(i, 1, head, tail);
        return i + 1;
      }
      at += p.length;
    }
    return this.#pieces.length;
  }

  insert(offset: number, text: string): void {
    if (!text) return;
    const index = this.#split(Math.max(0, Math.min(offset, this.#length)));
    this.#buffers.push(text);
    this.#pieces.splice(index, 0, {
      buffer: this.#buffers.length - 1,
      start: 0,
      length: text.length,
    });
    this.#length += text.length;
  }

  delete(offset: number, count: number): void {
    const from = Math.max(0, Math.min(offset, this.#length));
    const to = Math.min(this.#length, from + Math.max(0, count));
    if (to <= from) return;
    const start = this.#split(from);
    const end = this.#split(to);
    this.#pieces.splice(start, end - start);
    this.#length -= to - from;
  }

  text(): string {
    return this.#pieces.map((p) => this.#buffers[p.buffer].slice(p.start, p.start + p.length))
      .join("");
  }
}
