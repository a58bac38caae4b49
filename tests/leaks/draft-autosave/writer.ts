import { persist, persistSync } from "./storage.ts";

/**
 * Writes one autosave. If the process is stopped while the write is pending, the unload
 * handler writes it synchronously so no keystrokes are lost.
 */
export class DraftWriter {
  #pending: string | null = null;

  constructor(readonly draftId: string, readonly author: string) {
    addEventListener("unload", () => this.flushSync());
  }

  async save(body: string): Promise<number> {
    this.#pending = body;
    const revision = await persist(this.draftId, body);
    this.#pending = null;
    return revision;
  }

  flushSync(): void {
    if (this.#pending !== null) persistSync(this.draftId, this.#pending);
    this.#pending = null;
  }
}
