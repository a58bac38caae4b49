import { SearchClient } from "./search-client.mjs";
import { registerHealthCheck } from "./health.mjs";

// One search client for the process, connected on first use (the cluster is not always up
// when the web tier starts, and most health probes come before the first search).
const searchState = {
  endpoint: "memory://jobs-dev",
  indexName: "jobs",
  timeoutMs: 1200,
  initialised: false,
  client: null,
};

/** The shared client; a route may ask for a tighter timeout (typeahead) or another index. */
export function getSearchClient(overrides = {}) {
  const state = { ...searchState, ...overrides };
  if (!state.initialised) {
    state.client = new SearchClient(state.endpoint, {
      timeoutMs: state.timeoutMs,
      indexName: state.indexName,
    });
    registerHealthCheck("search", () => state.client.ping());
    state.initialised = true;
  }
  return state.client;
}
