export interface LedgerEvent {
  type: string;
  amount: number;
  currency: string;
}

interface Bucket {
  count: number;
  amount: number;
}

// Running totals per source, event type and currency: a handful of buckets.
const buckets = new Map<string, Bucket>();

export function applyEvent(source: string, event: LedgerEvent): void {
  const key = `${source}/${event.type}/${event.currency}`;
  const bucket = buckets.get(key) ?? { count: 0, amount: 0 };
  bucket.count++;
  bucket.amount += event.amount;
  buckets.set(key, bucket);
}

export function totals(): Record<string, Bucket> {
  return Object.fromEntries(buckets);
}
