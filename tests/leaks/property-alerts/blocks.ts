/** The blocks of an alert e-mail, rendered in order inside the alert's context. */

import { type Listing } from "./listings.ts";
import { fill, lookup, MissingData, withContext } from "./template.ts";

const euro = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

interface Block {
  name: string;
  render(): string;
  fallback?: string;
}

function listingRow(l: Listing): string {
  return withContext(
    { l, price: euro.format(l.price) },
    () =>
      fill(
        '<tr><td><a href="https://homes.example/{{l.id}}?{{utm}}">{{l.street}}</a></td><td>{{l.m2}} m²</td><td>{{l.bedrooms}} bd</td><td>{{price}}</td></tr>',
      ),
  );
}

const BLOCKS: Block[] = [
  {
    name: "header",
    render: () => fill("<h1>New homes in {{areaName}}</h1><p>Hi {{firstName}},</p>"),
  },
  {
    name: "matches",
    render: () => {
      const matches = lookup("matches") as Listing[];
      if (matches.length === 0) return fill("<p>Nothing new under {{maxPriceText}} this week.</p>");
      return `<table>${matches.map(listingRow).join("")}</table>`;
    },
  },
  {
    name: "similar",
    render: () => {
      const viewed = lookup("recentlyViewed") as Listing[];
      if (viewed.length === 0) throw new MissingData("no viewing history");
      return withContext(
        { count: viewed.length },
        () =>
          fill("<h2>Because you viewed {{count}} homes</h2>") +
          `<table>${viewed.map(listingRow).join("")}</table>`,
      );
    },
    fallback: "<p>Save homes you like and we will find similar ones.</p>",
  },
  {
    name: "footer",
    render: () =>
      fill(
        '<p><a href="https://alerts.example/u/{{unsubscribeToken}}?{{utm}}">Unsubscribe</a></p>',
      ),
  },
];

export function renderBlocks(): string {
  return BLOCKS.map((block) => {
    // Each block has its own frame: links in it carry the block's tracking parameters.
    const frame = { block: block.name, utm: `utm_campaign=alert&utm_content=${block.name}` };
    try {
      return withContext(frame, block.render);
    } catch (err) {
      if (err instanceof MissingData && block.fallback) return block.fallback;
      throw err;
    }
  }).join("\n");
}
