// Client for the job search cluster. In the hosted setup this is an OpenSearch client; the
// "memory://" endpoint used in development and CI answers from an index built in process.

import { JOBS } from "./jobs-data.mjs";

function tokenize(text) {
  return text.toLowerCase().normalize("NFKD").replace(/[^\w\s]/g, " ").split(/\s+/).filter(Boolean);
}

function buildIndex(docs) {
  const postings = new Map();
  for (const doc of docs) {
    for (const term of new Set(tokenize(`${doc.title} ${doc.company} ${doc.tags.join(" ")}`))) {
      let list = postings.get(term);
      if (!list) postings.set(term, list = []);
      list.push(doc.id);
    }
  }
  return postings;
}

const memoryIndex = { docs: new Map(JOBS.map((j) => [j.id, j])), postings: buildIndex(JOBS) };

export class SearchClient {
  constructor(endpoint, { timeoutMs = 1000, indexName = "jobs" } = {}) {
    if (!endpoint.startsWith("memory://")) throw new Error(`unsupported endpoint ${endpoint}`);
    this.endpoint = endpoint;
    this.indexName = indexName;
    this.timeoutMs = timeoutMs;
    this.index = memoryIndex;
    this.connectedAt = new Date().toISOString();
    this.requestLog = [];
    this.stats = { searches: 0, gets: 0, pings: 0 };
  }

  #roundTrip(value) {
    return new Promise((resolve) => setTimeout(() => resolve(value), 1));
  }

  ping() {
    this.stats.pings++;
    return this.#roundTrip({ cluster: "jobs-dev", status: "green" });
  }

  search({ q = "", location, remote, from = 0, size = 10 }) {
    this.stats.searches++;
    this.requestLog.push({ op: "search", q, location, at: Date.now() });
    if (this.requestLog.length > 20) this.requestLog.shift();
    const terms = tokenize(q);
    const ids = terms.length
      ? terms.map((t) => new Set(this.index.postings.get(t) ?? [])).reduce((a, b) =>
        new Set([...a].filter((id) => b.has(id)))
      )
      : new Set(this.index.docs.keys());
    let hits = [...ids].map((id) => this.index.docs.get(id));
    if (location) hits = hits.filter((j) => j.location.toLowerCase() === location.toLowerCase());
    if (remote !== undefined) hits = hits.filter((j) => j.remote === remote);
    hits.sort((a, b) => b.postedAt.localeCompare(a.postedAt));
    return this.#roundTrip({ total: hits.length, hits: hits.slice(from, from + size) });
  }

  get(id) {
    this.stats.gets++;
    return this.#roundTrip(this.index.docs.get(id) ?? null);
  }
}
