/** Team profiles from the booking CRM, kept in a small LRU (doubly-linked, most recent first). */
export interface Profile {
  team: string;
  captain: string;
  visits: number;
  bestSeconds: number | null;
  loadedAt: string;
}

interface Node {
  key: string;
  value: Profile;
  prev: Node | null;
  next: Node | null;
}

export class ProfileCache {
  #map = new Map<string, Node>();
  #head: Node | null = null;
  #tail: Node | null = null;

  constructor(readonly max: number) {}

  get(key: string): Profile | undefined {
    const node = this.#map.get(key);
    if (!node) return undefined;
    this.#unlink(node);
    this.#pushFront(node);
    return node.value;
  }

  set(key: string, value: Profile): void {
    const existing = this.#map.get(key);
    if (existing) {
      existing.value = value;
      this.#unlink(existing);
      this.#pushFront(existing);
      return;
    }
    const node: Node = { key, value, prev: null, next: null };
    this.#pushFront(node);
    this.#map.set(key, node);
    if (this.#map.size > this.max && this.#tail) {
      const old = this.#tail;
      this.#unlink(old);
      this.#map.delete(old.key);
    }
  }

  #unlink(node: Node): void {
    if (node.prev) node.prev.next = node.next;
    else this.#head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.#tail = node.prev;
    node.prev = node.next = null;
  }

  #pushFront(node: Node): void {
    node.next = this.#head;
    if (this.#head) this.#head.prev = node;
    this.#head = node;
    if (!this.#tail) this.#tail = node;
  }

  get size(): number {
    return this.#map.size;
  }
}

export async function loadProfile(team: string): Promise<Profile> {
  await new Promise((resolve) => setTimeout(resolve, 1));
  const loadedAt = new Date().toISOString();
  return { team, captain: `${team} captain`, visits: 0, bestSeconds: null, loadedAt };
}
