/** Singers' phones subscribed to rehearsal notices (a room change, a cancelled evening). */

export interface Subscriber {
  device: string;
  singer: string;
  voices: string[];
  since: string;
}

export class NoticeBoard {
  #subscribers: Subscriber[] = [];
  #recent: string[] = [];

  subscribe(s: Subscriber): void {
    this.unsubscribe(s.device);
    this.#subscribers.push(s);
  }

  unsubscribe(device: string): boolean {
    const at = this.#subscribers.findIndex((s) => s.device === device);
    if (at === -1) return false;
    this.#subscribers.splice(at, 1);
    return true;
  }

  post(text: string, voice?: string): number {
    this.#recent.unshift(text);
    this.#recent.length = Math.min(this.#recent.length, 20);
    return this.#subscribers.filter((s) => !voice || s.voices.includes(voice)).length;
  }

  get size(): number {
    return this.#subscribers.length;
  }

  get recent(): string[] {
    return this.#recent.slice(0, 5);
  }
}
