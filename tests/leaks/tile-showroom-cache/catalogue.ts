// Product data for the showroom site. In production this comes from the PIM over its REST API.

export interface Tile {
  sku: string;
  name: string;
  collection: string;
  sizeMm: [number, number];
  finish: "matt" | "gloss" | "satin";
  pricePerM2: number;
  stockM2: number;
}

export interface Collection {
  slug: string;
  title: string;
  blurb: string;
  featured: string[];
}

const collections = new Map<string, Collection>([
  ["metro", {
    slug: "metro",
    title: "Metro",
    blurb: "Bevelled subway tiles in twelve colours, for kitchens and bathrooms.",
    featured: ["T1001", "T1002", "T1003"],
  }],
  ["terrazzo", {
    slug: "terrazzo",
    title: "Terrazzo",
    blurb: "Porcelain terrazzo effect, frost resistant, indoor and outdoor.",
    featured: ["T2001", "T2002"],
  }],
]);

const FINISHES = ["matt", "gloss", "satin"] as const;

export function tile(sku: string): Tile | undefined {
  const n = Number(sku.replace(/^T/, ""));
  if (!Number.isFinite(n) || n <= 0) return undefined;
  const collection = n % 2 ? "metro" : "terrazzo";
  return {
    sku,
    name: `${collection === "metro" ? "Metro bevel" : "Terrazzo grigio"} ${n % 97}`,
    collection,
    sizeMm: collection === "metro" ? [75, 150] : [600, 600],
    finish: FINISHES[n % 3],
    pricePerM2: collection === "metro" ? 24.5 + (n % 5) : 39.9 + (n % 7),
    stockM2: 40 + (n % 300),
  };
}

export function collection(slug: string): Collection | undefined {
  return collections.get(slug);
}

export function updateCollection(slug: string, patch: Partial<Collection>): Collection | undefined {
  const c = collections.get(slug);
  if (!c) return undefined;
  if (typeof patch.title === "string") c.title = patch.title;
  if (typeof patch.blurb === "string") c.blurb = patch.blurb;
  return c;
}
