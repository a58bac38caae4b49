// Patient records from the pharmacy information system, memoised: the 48 most recently used,
// each for at most 30 s, failures not kept (a record being edited at the counter).
const MAX = 48;
const MAX_AGE_MS = 30_000;

export interface Patient {
  id: string;
  name: string;
  phone: string;
  prefersSms: boolean;
}

interface Cached {
  promise: Promise<Patient>;
  at: number;
}

const cache = new Map<string, Cached>();
let fetches = 0;

async function fetchPatient(id: string): Promise<Patient> {
  fetches++;
  await new Promise((resolve) => setTimeout(resolve, 1));
  if (!/^p-\d+$/.test(id)) throw new Error(`unknown patient ${id}`);
  const n = Number(id.slice(2));
  return {
    id,
    name: `Patient ${n}`,
    phone: `+31 6 ${String(10000000 + n).slice(-8)}`,
    prefersSms: n % 4 !== 0,
  };
}

export function patient(id: string): Promise<Patient> {
  const hit = cache.get(id);
  if (hit && Date.now() - hit.at < MAX_AGE_MS) {
    cache.delete(id);
    cache.set(id, hit);
    return hit.promise;
  }
  const entry: Cached = { promise: fetchPatient(id), at: Date.now() };
  cache.set(id, entry);
  entry.promise.catch(() => {
    if (cache.get(id) === entry) cache.delete(id);
  });
  while (cache.size > MAX) cache.delete(cache.keys().next().value!);
  return entry.promise;
}

export const patientStats = () => ({ cached: cache.size, fetches });
