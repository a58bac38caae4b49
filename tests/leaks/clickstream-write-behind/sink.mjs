// The warehouse side: takes batches of events and keeps per-page, per-type totals (what the
// dashboard shows). Writes take a few milliseconds, as a bulk insert would.

const WRITE_LATENCY_MS = 4;

export class AnalyticsSink {
  constructor() {
    this.pageTotals = new Map();
    this.typeTotals = { pageview: 0, click: 0, scroll: 0, conversion: 0 };
    this.rowsWritten = 0;
  }

  writeBatch(events, reason) {
    return new Promise((resolve) => {
      setTimeout(() => {
        for (const event of events) {
          const page = this.pageTotals.get(event.page) ?? { views: 0, clicks: 0, lastAt: 0 };
          if (event.type === "pageview") page.views++;
          if (event.type === "click") page.clicks++;
          page.lastAt = Math.max(page.lastAt, event.receivedAt);
          this.pageTotals.set(event.page, page);
          if (event.type in this.typeTotals) this.typeTotals[event.type]++;
        }
        this.rowsWritten += events.length;
        this.lastReason = reason;
        resolve();
      }, WRITE_LATENCY_MS);
    });
  }

  summary() {
    const pages = [...this.pageTotals.entries()]
      .sort((a, b) => b[1].views - a[1].views)
      .slice(0, 10)
      .map(([page, t]) => ({ page, ...t }));
    return { rowsWritten: this.rowsWritten, types: this.typeTotals, topPages: pages };
  }
}
