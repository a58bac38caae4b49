export interface Block {
  type: "hero" | "text" | "cta";
  heading?: string;
  text?: string;
  href?: string;
}

export interface Page {
  slug: string;
  campaign: string;
  title: string;
  blocks: Block[];
  revision: number;
  updatedAt: string;
  publishedRevision?: number;
}

export class PageError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const SLUG = /^[a-z0-9][a-z0-9-]{1,80}$/;

function checkBlocks(blocks: unknown): Block[] {
  if (!Array.isArray(blocks)) throw new PageError(400, "blocks must be an array");
  for (const b of blocks) {
    if (!b || !["hero", "text", "cta"].includes(b.type)) {
      throw new PageError(400, `unknown block type ${b?.type}`);
    }
    if (b.type === "cta" && typeof b.href !== "string") {
      throw new PageError(400, "a cta block needs an href");
    }
  }
  return blocks as Block[];
}

/** Landing pages of marketing campaigns, by slug. */
export class PageStore {
  #pages = new Map<string, Page>();

  create(campaign: string, input: { slug?: string; title?: string; blocks?: unknown }): Page {
    const slug = String(input.slug ?? "");
    if (!SLUG.test(slug)) throw new PageError(400, "bad slug");
    if (this.#pages.has(slug)) throw new PageError(409, `${slug} already exists`);
    const page: Page = {
      slug,
      campaign,
      title: String(input.title ?? slug),
      blocks: checkBlocks(input.blocks ?? []),
      revision: 1,
      updatedAt: new Date().toISOString(),
    };
    this.#pages.set(slug, page);
    return page;
  }

  get(slug: string): Page {
    const page = this.#pages.get(slug);
    if (!page) throw new PageError(404, `no page ${slug}`);
    return page;
  }

  update(slug: string, patch: { title?: string; blocks?: unknown }): Page {
    const page = this.get(slug);
    if (patch.title !== undefined) page.title = String(patch.title);
    if (patch.blocks !== undefined) page.blocks = checkBlocks(patch.blocks);
    page.revision++;
    page.updatedAt = new Date().toISOString();
    return page;
  }

  archive(slug: string): Page {
    const page = this.get(slug);
    this.#pages.delete(slug);
    return page;
  }

  get size(): number {
    return this.#pages.size;
  }
}
