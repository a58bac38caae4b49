import { jsonflow } from "./vendor/jsonflow/index.mjs";
import { FeedError, ingest, OUTSTATIONS } from "./gas.mjs";

// Each outstation's monitoring link is one JSON document that stays open while the link is up:
// {"outstation":"OS-2","readings":[ {…}, {…}, … — the closing brackets come only when the link
// is dropped. The surface relay keeps the head to route the link and forwards the readings as
// they come, whole readings per POST, so we open each outstation's document ourselves.

const feeds = new Map();
const failures = [];

function feedFor(id) {
  let feed = feeds.get(id);
  if (feed) return feed;
  if (!OUTSTATIONS.has(id)) throw new FeedError(404, `no outstation ${id}`);
  feed = jsonflow()
    .node("readings.*", (reading) => {
      ingest(id, reading);
    })
    .fail((err) => {
      failures.unshift({ outstation: id, error: err.message, at: Date.now() });
      if (failures.length > 10) failures.length = 10;
      feeds.delete(id);
    });
  feed.write(`{"outstation":${JSON.stringify(id)},"readings":[`);
  feeds.set(id, feed);
  return feed;
}

/** Readings forwarded by the relay: a piece of the outstation's open document. */
export function receive(id, text) {
  const feed = feedFor(id);
  feed.write(text);
}

export function feedStatus() {
  return { links: [...feeds.keys()], failures };
}
