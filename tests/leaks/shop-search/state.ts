import { createStore } from "./store.ts";

export interface SearchEntry {
  query: string;
  user: string;
  hits: number;
  tookMs: number;
  at: string;
}

export interface SearchState {
  totals: { searches: number; zeroHits: number };
  recentSearches: SearchEntry[];
  indexVersion: number;
}

export type Action =
  | { type: "search/performed"; entry: SearchEntry }
  | { type: "index/reloaded"; version: number };

function reducer(state: SearchState, action: Action): SearchState {
  switch (action.type) {
    case "search/performed":
      return {
        ...state,
        totals: {
          searches: state.totals.searches + 1,
          zeroHits: state.totals.zeroHits + (action.entry.hits === 0 ? 1 : 0),
        },
        recentSearches: [...state.recentSearches, action.entry],
      };
    case "index/reloaded":
      return { ...state, indexVersion: action.version };
  }
}

export const store = createStore<SearchState, Action>(reducer, {
  totals: { searches: 0, zeroHits: 0 },
  recentSearches: [],
  indexVersion: 1,
});

/** The most frequent queries of the last 50 searches (for the search box's suggestions). */
export function trending(limit = 5): string[] {
  const counts = new Map<string, number>();
  for (const { query } of store.getState().recentSearches.slice(-50)) {
    counts.set(query, (counts.get(query) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([q]) => q);
}
