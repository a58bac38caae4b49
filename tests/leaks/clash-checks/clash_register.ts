export interface Clash {
  key: string;
  a: string;
  b: string;
  kind: "hard" | "clearance";
  overlapMm: [number, number, number];
  volumeLitres: number;
  severity: "critical" | "major" | "minor";
  detectedAt: string;
  assignedTo: string;
  note: string;
}

/** One key per pair, whatever the order they are given in. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** Open clashes between elements, and each element's clash partners. */
export class ClashRegister {
  #clashes = new Map<string, Clash>();
  #partners = new Map<string, Set<string>>();

  record(clash: Clash): void {
    this.#clashes.set(clash.key, clash);
    this.#link(clash.a, clash.b);
    this.#link(clash.b, clash.a);
  }

  /** The element's open clashes, most severe first. */
  of(element: string): Clash[] {
    const rank = { critical: 0, major: 1, minor: 2 };
    return [...this.#partners.get(element) ?? []]
      .map((other) => this.#clashes.get(pairKey(element, other)))
      .filter((c): c is Clash => c !== undefined)
      .sort((x, y) => rank[x.severity] - rank[y.severity]);
  }

  /** The element left the model (struck scaffold, demolished wall): its clashes go with it. */
  removeElement(element: string): number {
    const partners = this.#partners.get(element);
    if (!partners) return 0;
    for (const other of partners) {
      this.#clashes.delete(`${element}|${other}`);
      const back = this.#partners.get(other);
      back?.delete(element);
      if (back?.size === 0) this.#partners.delete(other);
    }
    this.#partners.delete(element);
    return partners.size;
  }

  /** Open clash counts per element that has any. */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.#partners].map(([id, set]) => [id, set.size]));
  }

  #link(from: string, to: string): void {
    let set = this.#partners.get(from);
    if (!set) {
      set = new Set();
      this.#partners.set(from, set);
    }
    set.add(to);
  }
}
