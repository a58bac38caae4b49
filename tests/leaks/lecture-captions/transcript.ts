import { EditHistory, type EditOp } from "./history.ts";

export interface CaptionLine {
  id: string;
  seq: number;
  text: string;
  author: string;
  confidence: number;
  at: number;
  corrected: boolean;
}

/** Lines kept on screen and for late joiners; older ones go to the archive in batches. */
const WINDOW = 120;
const ARCHIVE_BATCH = 40;

export class Transcript {
  readonly lectureId: string;
  readonly title: string;
  readonly history = new EditHistory();
  #lines: CaptionLine[] = [];
  #seq = 0;
  #archived = 0;
  #outgoing: CaptionLine[] = [];

  constructor(lectureId: string, title: string) {
    this.lectureId = lectureId;
    this.title = title;
  }

  append(author: string, text: string, confidence: number): CaptionLine {
    const seq = ++this.#seq;
    const line: CaptionLine = {
      id: `${this.lectureId}-${seq}`,
      seq,
      text: text.trim(),
      author,
      confidence,
      at: Date.now(),
      corrected: false,
    };
    this.#lines.push(line);
    const op: EditOp = { kind: "append", author, lineId: line.id, text: line.text, at: line.at };
    this.history.record(op);
    if (this.#lines.length > WINDOW) this.#outgoing.push(...this.#lines.splice(0, 1));
    return line;
  }

  correct(author: string, lineId: string, text: string): CaptionLine | undefined {
    const line = this.#lines.find((l) => l.id === lineId);
    if (!line) return undefined;
    this.history.record({
      kind: "correct",
      author,
      lineId,
      text,
      before: line.text,
      at: Date.now(),
    });
    line.text = text;
    line.corrected = true;
    return line;
  }

  undo(author: string): number {
    const step = this.history.undo(author);
    if (!step) return 0;
    let reverted = 0;
    for (const op of [...step.ops].reverse()) {
      const index = this.#lines.findIndex((l) => l.id === op.lineId);
      if (index < 0) continue; // archived already
      if (op.kind === "append") this.#lines.splice(index, 1);
      else if (op.kind === "correct") this.#lines[index].text = op.before ?? "";
      reverted++;
    }
    return reverted;
  }

  since(seq: number): CaptionLine[] {
    return this.#lines.filter((l) => l.seq > seq);
  }

  /** Ships archived lines to storage (here: counts them). */
  flushArchive(): number {
    if (this.#outgoing.length < ARCHIVE_BATCH) return 0;
    const batch = this.#outgoing.splice(0, this.#outgoing.length);
    this.#archived += batch.length;
    return batch.length;
  }

  stats() {
    return {
      lines: this.#lines.length,
      lastSeq: this.#seq,
      archived: this.#archived,
      history: this.history.stats(),
    };
  }
}
