"use strict";
// Client for the search cluster's bulk API. The cluster keeps the documents; this side only
// counts what it sent and remembers the last few bulk requests for the status page.

const BULK_LATENCY_MS = 3;
const RECENT_REQUESTS = 20;

class SearchIndexClient {
  constructor(indexName) {
    this.indexName = indexName;
    this.sent = 0;
    this.requests = 0;
    this.recent = [];
  }

  bulkIndex(docs) {
    const body = docs
      .map((doc) =>
        JSON.stringify({ index: { _index: this.indexName, _id: doc.id } }) + "\n" +
        JSON.stringify(doc)
      )
      .join("\n");
    return new Promise((resolve) => {
      setTimeout(() => {
        this.sent += docs.length;
        this.requests++;
        this.recent.push({ at: Date.now(), docs: docs.length, bytes: body.length });
        if (this.recent.length > RECENT_REQUESTS) this.recent.shift();
        resolve({ took: BULK_LATENCY_MS, errors: false });
      }, BULK_LATENCY_MS);
    });
  }

  status() {
    return { index: this.indexName, sent: this.sent, requests: this.requests, recent: this.recent };
  }
}

module.exports = { SearchIndexClient };
