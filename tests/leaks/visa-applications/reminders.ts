import { type Draft, DraftStore } from "./drafts.ts";

const IDLE_BEFORE_REMINDER_MS = 48 * 3600_000;
const SWEEP_MS = 250;

export interface Reminder {
  id: string;
  email: string;
  sentAt: string;
}

/**
 * Drafts whose applicant gets one "you have an unfinished application" email after two days
 * without a save. Saving again pushes the reminder back; submitting or withdrawing cancels it.
 */
export class RemindingDraftStore<T extends { email?: string }> extends DraftStore<T> {
  #drafts = new Map<string, Draft<T>>();
  #due = new Map<string, number>();
  readonly sent: Reminder[] = [];

  constructor(private readonly send: (r: Reminder) => void) {
    super();
    setInterval(() => this.#sweep(), SWEEP_MS);
  }

  override save(id: string, data: T, expectedVersion?: number): Draft<T> {
    const draft = super.save(id, data, expectedVersion);
    if (data.email) this.#due.set(id, draft.savedAt + IDLE_BEFORE_REMINDER_MS);
    return draft;
  }

  override discard(id: string): boolean {
    this.#due.delete(id);
    return this.#drafts.delete(id);
  }

  #sweep(): void {
    const now = Date.now();
    for (const [id, at] of this.#due) {
      if (at > now) continue;
      this.#due.delete(id);
      const draft = this.load(id);
      if (!draft?.data.email) continue;
      const reminder = { id, email: draft.data.email, sentAt: new Date(now).toISOString() };
      this.send(reminder);
      this.sent.push(reminder);
      if (this.sent.length > 20) this.sent.shift();
    }
  }

  get remindersDue(): number {
    return this.#due.size;
  }
}
