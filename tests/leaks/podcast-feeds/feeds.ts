import { XMLParser } from "fast-xml-parser";
import sanitizeHtml from "sanitize-html";

/** Episodes kept per feed for the listing; older ones drop off the end. */
const MAX_EPISODES = 30;

export interface Episode {
  guid: string;
  title: string;
  published: string;
  audioUrl: string;
  durationSec: number;
  summaryHtml: string;
}

class FeedState {
  title = "";
  link = "";
  lastFetched = "";
  /** Newest first. */
  items: Episode[] = [];
  /** Every episode by guid, so a re-fetched feed does not duplicate them. */
  byGuid = new Map<string, Episode>();

  constructor(readonly id: string) {}
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => name === "item",
  processEntities: true,
});

const SUMMARY_RULES: sanitizeHtml.IOptions = {
  allowedTags: ["p", "a", "em", "strong", "ul", "ol", "li", "br"],
  allowedAttributes: { a: ["href", "rel"] },
  allowedSchemes: ["https", "mailto"],
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "nofollow noopener" }) },
};

function durationOf(value: unknown): number {
  const parts = String(value ?? "0").split(":").map(Number);
  return parts.reduce((total, n) => total * 60 + (Number.isFinite(n) ? n : 0), 0);
}

type RssItem = Record<string, unknown> & {
  guid?: string | { "#text": string };
  enclosure?: { "@_url"?: string };
};

export class FeedIndex {
  #feeds = new Map<string, FeedState>();

  ingest(id: string, xml: string): { added: number; total: number } {
    const doc = parser.parse(xml);
    const channel = doc?.rss?.channel;
    if (!channel) throw new Error("not an RSS document");
    let feed = this.#feeds.get(id);
    if (!feed) {
      feed = new FeedState(id);
      this.#feeds.set(id, feed);
    }
    feed.title = String(channel.title ?? id);
    feed.link = String(channel.link ?? "");
    feed.lastFetched = new Date().toISOString();

    let added = 0;
    for (const item of (channel.item ?? []) as RssItem[]) {
      const guid = typeof item.guid === "object" ? item.guid["#text"] : String(item.guid ?? "");
      if (!guid || feed.byGuid.has(guid)) continue;
      const episode: Episode = {
        guid,
        title: String(item.title ?? "Untitled"),
        published: new Date(String(item.pubDate ?? Date.now())).toISOString(),
        audioUrl: item.enclosure?.["@_url"] ?? "",
        durationSec: durationOf(item["itunes:duration"]),
        summaryHtml: sanitizeHtml(String(item.description ?? ""), SUMMARY_RULES),
      };
      feed.byGuid.set(guid, episode);
      feed.items.push(episode);
      added++;
    }
    feed.items.sort((a, b) => b.published.localeCompare(a.published));
    if (feed.items.length > MAX_EPISODES) feed.items.length = MAX_EPISODES;
    return { added, total: feed.items.length };
  }

  listing(id: string, limit = 10) {
    const feed = this.#feeds.get(id);
    if (!feed) return undefined;
    return {
      id,
      title: feed.title,
      link: feed.link,
      lastFetched: feed.lastFetched,
      episodes: feed.items.slice(0, limit),
    };
  }
}
