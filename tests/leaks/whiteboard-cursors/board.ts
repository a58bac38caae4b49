export interface Participant {
  clientId: string;
  name: string;
  color: string;
  cursor: { x: number; y: number } | null;
  typingIn: string | null;
  typingTimer?: ReturnType<typeof setTimeout>;
  joinedAt: number;
}

const COLORS = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6"];
const TYPING_IDLE_MS = 250;
const ACTIVITY_SLOTS = 32;

export class Board {
  readonly participants = new Map<string, Participant>();
  readonly activity: (string | undefined)[] = new Array(ACTIVITY_SLOTS);
  #activityAt = 0;
  #joins = 0;
  version = 0;

  constructor(readonly id: string) {}

  join(clientId: string, name: string): Participant {
    let p = this.participants.get(clientId);
    if (!p) {
      p = {
        clientId,
        name,
        color: COLORS[this.#joins++ % COLORS.length],
        cursor: null,
        typingIn: null,
        joinedAt: Date.now(),
      };
      this.participants.set(clientId, p);
      this.#log(`${name} joined`);
    }
    return p;
  }

  moveCursor(clientId: string, x: number, y: number): boolean {
    const p = this.participants.get(clientId);
    if (!p) return false;
    p.cursor = { x, y };
    this.version++;
    return true;
  }

  typing(clientId: string, field: string): boolean {
    const p = this.participants.get(clientId);
    if (!p) return false;
    clearTimeout(p.typingTimer);
    p.typingIn = field;
    p.typingTimer = setTimeout(() => {
      p.typingIn = null;
      p.typingTimer = undefined;
    }, TYPING_IDLE_MS);
    return true;
  }

  leave(clientId: string): boolean {
    const p = this.participants.get(clientId);
    if (!p) return false;
    clearTimeout(p.typingTimer);
    this.participants.delete(clientId);
    this.#log(`${p.name} left`);
    return true;
  }

  snapshot() {
    return {
      board: this.id,
      version: this.version,
      participants: [...this.participants.values()].map((p) => ({
        clientId: p.clientId,
        name: p.name,
        color: p.color,
        cursor: p.cursor,
        typingIn: p.typingIn,
      })),
    };
  }

  #log(line: string) {
    this.activity[this.#activityAt++ % ACTIVITY_SLOTS] = line;
  }
}
