export interface PickLine {
  sku: string;
  location: string;
  qty: number;
}

export interface PickTask {
  offset: number;
  id: string;
  zone: string;
  order: string;
  priority: string;
  lines: PickLine[];
  notes?: string;
  publishedAt: string;
}

/** Pick tasks as an append-only log; only the newest RETAIN are kept for new readers. */
export class TaskStream {
  static readonly RETAIN = 50;
  #log: PickTask[] = [];
  #head = 0;

  get head(): number {
    return this.#head;
  }

  get oldest(): number {
    return this.#head - this.#log.length;
  }

  append(task: Omit<PickTask, "offset" | "publishedAt">): PickTask {
    const entry: PickTask = {
      ...task,
      offset: this.#head++,
      publishedAt: new Date().toISOString(),
    };
    this.#log.push(entry);
    if (this.#log.length > TaskStream.RETAIN) this.#log.shift();
    return entry;
  }

  readFrom(offset: number, max: number): PickTask[] {
    const start = Math.max(offset, this.oldest) - this.oldest;
    return this.#log.slice(start, start + max);
  }
}
