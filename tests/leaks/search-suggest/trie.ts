/** A prefix tree of past queries, weighted by how often each was searched. */
export interface TrieNode {
  children: Map<string, TrieNode>;
  /** Searches that passed through this node. */
  weight: number;
  /** The full query, when one ends here. */
  query?: string;
}

const node = (): TrieNode => ({ children: new Map(), weight: 0 });

export class SuggestionTrie {
  readonly root: TrieNode = node();
  queries = 0;

  learn(query: string): void {
    let current = this.root;
    for (const ch of query) {
      let next = current.children.get(ch);
      if (!next) {
        next = node();
        current.children.set(ch, next);
      }
      next.weight++;
      current = next;
    }
    current.query = query;
    this.queries++;
  }

  suggest(prefix: string, limit = 5): string[] {
    let current: TrieNode | undefined = this.root;
    for (const ch of prefix) {
      current = current.children.get(ch);
      if (!current) return [];
    }
    const found: { query: string; weight: number }[] = [];
    const stack = [current];
    while (stack.length && found.length < 200) {
      const n = stack.pop()!;
      if (n.query) found.push({ query: n.query, weight: n.weight });
      for (const child of n.children.values()) stack.push(child);
    }
    return found.sort((a, b) => b.weight - a.weight).slice(0, limit).map((f) => f.query);
  }
}
