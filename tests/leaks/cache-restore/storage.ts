/** One saved cache: what `actions/cache`-style clients upload after a job. */
export interface CacheEntry {
  id: number;
  scope: string;
  key: string;
  version: string;
  paths: string[];
  archive: string;
  size: number;
  createdAt: number;
  lastAccessedAt: number;
}

/** Per-scope (repository + branch) limit; the oldest entry goes first. */
const MAX_PER_SCOPE = 30;

const scopes = new Map<string, CacheEntry[]>();
let nextId = 1;

export function save(
  scope: string,
  key: string,
  version: string,
  paths: string[],
  archive: string,
): CacheEntry {
  let entries = scopes.get(scope);
  if (!entries) {
    entries = [];
    scopes.set(scope, entries);
  }
  const existing = entries.findIndex((e) => e.key === key && e.version === version);
  if (existing >= 0) entries.splice(existing, 1);
  const entry: CacheEntry = {
    id: nextId++,
    scope,
    key,
    version,
    paths,
    archive,
    size: archive.length,
    createdAt: Date.now(),
    lastAccessedAt: Date.now(),
  };
  entries.push(entry);
  if (entries.length > MAX_PER_SCOPE) entries.splice(0, entries.length - MAX_PER_SCOPE);
  return entry;
}

/** Entries of a scope, newest first (the blob index is remote in production, hence async). */
export async function list(scope: string): Promise<CacheEntry[]> {
  await Promise.resolve();
  return (scopes.get(scope) ?? []).slice().reverse();
}

export function usage() {
  let entries = 0;
  let bytes = 0;
  for (const list of scopes.values()) {
    entries += list.length;
    for (const e of list) bytes += e.size;
  }
  return { scopes: scopes.size, entries, bytes };
}
