/**
 * Customer records live in the CRM, which keys them by the normalised address; the box office
 * keeps the last 64 it has looked up.
 */
export interface Customer {
  id: string;
  email: string;
  name: string;
  marketingOptIn: boolean;
}

const MAX_CACHED = 64;
const cache = new Map<string, Customer>();
let crmCalls = 0;

export function normaliseEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

async function crmFindOrCreate(email: string): Promise<Customer> {
  crmCalls++;
  await new Promise((resolve) => setTimeout(resolve, 1));
  const key = normaliseEmail(email);
  let hash = 0;
  for (const ch of key) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return { id: `CUS-${hash.toString(36)}`, email: key, name: "", marketingOptIn: false };
}

export async function findCustomer(email: string): Promise<Customer> {
  const key = normaliseEmail(email);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const customer = await crmFindOrCreate(key);
  cache.set(key, customer);
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return customer;
}

export function customerStats() {
  return { cached: cache.size, crmCalls };
}
