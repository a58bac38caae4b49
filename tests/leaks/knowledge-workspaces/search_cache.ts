/** Search results per workspace; each workspace keeps its last few queries. */
export interface CachedResult {
  query: string;
  hits: { slug: string; title: string; score: number }[];
  at: number;
}

const PER_WORKSPACE = 16;
const byWorkspace = new Map<string, Map<string, CachedResult>>();

export function cached(workspace: string, query: string): CachedResult | undefined {
  return byWorkspace.get(workspace)?.get(query);
}

export function remember(workspace: string, result: CachedResult) {
  let entries = byWorkspace.get(workspace);
  if (!entries) {
    entries = new Map();
    byWorkspace.set(workspace, entries);
  }
  entries.delete(result.query);
  entries.set(result.query, result);
  if (entries.size > PER_WORKSPACE) entries.delete(entries.keys().next().value!);
}

/** Any change to a workspace's articles makes its cached results stale. */
export function invalidate(workspace: string) {
  byWorkspace.get(workspace)?.clear();
}

export function dropWorkspace(workspace: string) {
  byWorkspace.delete(workspace);
}

export function cacheStats() {
  let entries = 0;
  for (const m of byWorkspace.values()) entries += m.size;
  return { workspaces: byWorkspace.size, entries };
}
