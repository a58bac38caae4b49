// "Renders" a thumbnail: an SVG placeholder with the image's dominant colour.

const SIZES: Record<string, number> = { s: 64, m: 160, l: 320 };

export function parseSize(size: string): number | undefined {
  return SIZES[size];
}

export async function sourceColour(imageId: string): Promise<string> {
  // Stands in for fetching the original from object storage.
  const bytes = new TextEncoder().encode(imageId);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return `#${[...digest.slice(0, 3)].map((b) => b.toString(16).padStart(2, "0")).join("")}`;
}

export function renderSvg(px: number, colour: string, label: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${px}" height="${px}">` +
    `<rect width="100%" height="100%" fill="${colour}"/>` +
    `<text x="4" y="${px - 6}" font-size="10">${label.replace(/[<&]/g, "")}</text></svg>`;
}
