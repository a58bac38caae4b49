/** Rendered inspection reports (HTML), most recently used kept, at most `capacity`. */
export class LruCache<V> {
  #entries = new Map<string, V>();
  constructor(readonly capacity: number) {}

  get(key: string): V | undefined {
    const v = this.#entries.get(key);
    if (v !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, v);
    }
    return v;
  }

  set(key: string, value: V) {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    while (this.#entries.size > this.capacity) {
      this.#entries.delete(this.#entries.keys().next().value!);
    }
  }

  get size() {
    return this.#entries.size;
  }
}

export interface SignedOff {
  id: string;
  scaffold: string;
  result: string;
  tag: string;
  inspector: string;
  actions: string[];
  at: string;
}

const escape = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

export function render(s: SignedOff): string {
  const actions = s.actions.length
    ? `<ul>${s.actions.map((a) => `<li>${escape(a)}</li>`).join("")}</ul>`
    : "<p>No actions.</p>";
  return `<article class="report"><h1>Scaffold inspection ${escape(s.id)}</h1>` +
    `<p>Scaffold ${escape(s.scaffold)} inspected by ${escape(s.inspector)} on ${s.at}.</p>` +
    `<p>Result: <strong>${escape(s.result)}</strong>; tag ${
      escape(s.tag)
    }.</p>${actions}</article>`;
}
