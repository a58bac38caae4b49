// Least-recently-used cache: `order` holds keys oldest first.
export class Lru<V> {
  private map = new Map<string, V>();
  private order: string[] = [];
  hits = 0;
  misses = 0;

  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.touch(key);
    return value;
  }

  set(key: string, value: V) {
    this.map.set(key, value);
    this.touch(key);
    if (this.order.length > this.max) {
      const oldest = this.order.shift()!;
      this.map.delete(oldest);
    }
  }

  private touch(key: string) {
    this.order.splice(this.order.indexOf(key), 1);
    this.order.push(key);
  }

  get size(): number {
    return this.map.size;
  }
}
