/** Resumable uploads of scanned pages (interlibrary loan requests), tus-style. */
export interface Scan {
  key: string;
  member: string;
  size: number;
  offset: number;
  chunks: Uint8Array[];
  lastActivity: number;
  completedAt?: number;
}

const IDLE_MS = 2_000;
const FINISHED_KEEP_MS = 500;

export class ScanUploads {
  #scans = new Map<string, Scan>();
  swept = 0;

  open(key: string, member: string, size: number): Scan {
    const scan = { key, member, size, offset: 0, chunks: [], lastActivity: Date.now() };
    this.#scans.set(key, scan);
    return scan;
  }

  get(key: string): Scan | undefined {
    return this.#scans.get(key);
  }

  append(scan: Scan, chunk: Uint8Array): void {
    scan.chunks.push(chunk);
    scan.offset += chunk.length;
    scan.lastActivity = Date.now();
    if (scan.offset === scan.size) {
      scan.chunks = [];
      scan.completedAt = scan.lastActivity;
    }
  }

  /** Wall-clock time on both sides: the stamps above are Date.now() too. */
  sweep(now = Date.now()): void {
    for (const [key, s] of this.#scans) {
      if (now - s.lastActivity > (s.completedAt ? FINISHED_KEEP_MS : IDLE_MS)) {
        this.#scans.delete(key);
        this.swept++;
      }
    }
  }

  get size(): number {
    return this.#scans.size;
  }
}
