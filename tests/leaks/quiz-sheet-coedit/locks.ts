export interface QuestionLock {
  key: string;
  teacher: string;
  token: string;
  expiresAt: number;
  timer: ReturnType<typeof setTimeout>;
}

const LOCK_MS = 300;

/**
 * Soft locks on single questions while someone types in them. A lock lapses on its own if
 * the browser goes away; the editor renews it with every keystroke batch.
 */
export class QuestionLocks {
  #locks = new Map<string, QuestionLock>();

  acquire(sheet: string, question: number, teacher: string): QuestionLock | null {
    const key = `${sheet}#${question}`;
    const held = this.#locks.get(key);
    if (held && held.teacher !== teacher) return null;
    if (held) {
      this.#arm(held);
      return held;
    }
    const lock: QuestionLock = {
      key,
      teacher,
      token: crypto.randomUUID(),
      expiresAt: 0,
      timer: 0 as unknown as ReturnType<typeof setTimeout>,
    };
    this.#locks.set(key, lock);
    this.#arm(lock);
    return lock;
  }

  holds(sheet: string, question: number, teacher: string): boolean {
    return this.#locks.get(`${sheet}#${question}`)?.teacher === teacher;
  }

  release(sheet: string, question: number, teacher: string): boolean {
    const key = `${sheet}#${question}`;
    const lock = this.#locks.get(key);
    if (!lock || lock.teacher !== teacher) return false;
    clearTimeout(lock.timer);
    this.#locks.delete(key);
    return true;
  }

  get size(): number {
    return this.#locks.size;
  }

  #arm(lock: QuestionLock) {
    clearTimeout(lock.timer);
    lock.expiresAt = Date.now() + LOCK_MS;
    lock.timer = setTimeout(() => {
      if (this.#locks.get(lock.key) === lock) this.#locks.delete(lock.key);
    }, LOCK_MS);
  }
}
