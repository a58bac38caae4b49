// Release notes are markdown; one Marked instance, configured once at start-up, renders them
// (external links open in a new tab, headings get anchors). Published releases go out on an
// Emittery bus: the index below listens for the life of the process, and long-polling clients
// wait for the next release of their product with once() bounded by a timeout.
import { Marked, type Tokens } from "marked";
import Emittery from "emittery";

export interface Release {
  product: string;
  version: string;
  html: string;
  publishedAt: string;
}

const marked = new Marked({ gfm: true });
marked.use({
  renderer: {
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      const external = /^https?:\/\//.test(href) && !href.startsWith("https://example.com");
      const t = title ? ` title="${title}"` : "";
      return external
        ? `<a href="${href}"${t} target="_blank" rel="noopener noreferrer">${text}</a>`
        : `<a href="${href}"${t}>${text}</a>`;
    },
    heading({ tokens, depth }: Tokens.Heading) {
      const text = this.parser.parseInline(tokens);
      const slug = text.toLowerCase().replace(/<[^>]+>/g, "").replace(/[^\w]+/g, "-");
      return `<h${depth} id="${slug}">${text}</h${depth}>\n`;
    },
  },
});

export const releases = new Emittery<{ published: Release }>();

const RECENT = 30;
const recent = new Map<string, Release>();
const latestByProduct = new Map<string, Release>();

releases.on("published", ({ data: release }) => {
  recent.set(`${release.product}@${release.version}`, release);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  latestByProduct.set(release.product, release);
});

export const PRODUCTS = new Set(["app", "api", "cli", "desktop"]);

export async function publish(input: { product: string; version: string; notes: string }) {
  const release: Release = {
    product: input.product,
    version: input.version,
    html: await marked.parse(input.notes),
    publishedAt: new Date().toISOString(),
  };
  await releases.emit("published", release);
  return release;
}

export async function waitForNext(product: string, ms: number): Promise<Release | null> {
  try {
    const event = await releases.once("published", {
      predicate: ({ data }) => data.product === product,
      signal: AbortSignal.timeout(ms),
    });
    return event.data;
  } catch (e) {
    const name = (e as Error)?.name;
    if (name === "TimeoutError" || name === "AbortError") return null;
    throw e;
  }
}

export function latest(product: string) {
  return latestByProduct.get(product);
}

export function recentReleases() {
  return [...recent.values()].map(({ product, version, publishedAt }) => ({
    product,
    version,
    publishedAt,
  }));
}
