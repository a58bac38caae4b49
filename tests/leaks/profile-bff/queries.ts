import { QueryClient } from "@tanstack/query-core";
import { getFeatured, getLoyalty, getProfile } from "./upstream.ts";

/**
 * One QueryClient for the process: it dedupes concurrent calls to the account and loyalty
 * services and serves repeat reads within staleTime without calling them again.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      retry: 1,
    },
  },
});

export const profileQuery = (userId: string) => ({
  queryKey: ["profile", userId] as const,
  queryFn: () => getProfile(userId),
});

export const loyaltyQuery = (userId: string) => ({
  queryKey: ["loyalty", userId] as const,
  queryFn: () => getLoyalty(userId),
  staleTime: 15_000,
});

export const featuredQuery = {
  queryKey: ["featured"] as const,
  queryFn: getFeatured,
  staleTime: 300_000,
};

export function cacheStats() {
  const queries = queryClient.getQueryCache().getAll();
  return {
    queries: queries.length,
    fetching: queryClient.isFetching(),
    stale: queries.filter((q) => q.isStale()).length,
  };
}
