/**
 * If the manager has not decided a leave request within the window, it goes to the HR partner.
 * (The window is short here because requests for the coming week are decided the same day.)
 */
export class Escalations {
  #timers = new Map<string, ReturnType<typeof setTimeout>>();
  #windowMs: number;
  #onEscalate: (requestId: string) => void;
  escalated = 0;

  constructor(windowMs: number, onEscalate: (requestId: string) => void) {
    this.#windowMs = windowMs;
    this.#onEscalate = onEscalate;
  }

  arm(requestId: string) {
    this.disarm(requestId);
    const timer = setTimeout(() => {
      this.#timers.delete(requestId);
      this.escalated++;
      this.#onEscalate(requestId);
    }, this.#windowMs);
    this.#timers.set(requestId, timer);
  }

  disarm(requestId: string) {
    const timer = this.#timers.get(requestId);
    if (timer === undefined) return;
    clearTimeout(timer);
    this.#timers.delete(requestId);
  }

  get pending() {
    return this.#timers.size;
  }
}
