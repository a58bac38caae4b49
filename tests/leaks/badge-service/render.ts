import type { Badge } from "./memo.ts";

const COLORS: Record<string, string> = {
  passing: "#4c1",
  failing: "#e05d44",
  unknown: "#9f9f9f",
};

async function sha1(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-1", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export function renderBadge(label: string, message: string, status: string): Badge {
  const color = COLORS[status] ?? COLORS.unknown;
  const lw = 6 * label.length + 10;
  const mw = 6 * message.length + 10;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + mw}" height="20">` +
    `<rect width="${lw}" height="20" fill="#555"/>` +
    `<rect x="${lw}" width="${mw}" height="20" fill="${color}"/>` +
    `<text x="${lw / 2}" y="14" fill="#fff" text-anchor="middle">${label}</text>` +
    `<text x="${lw + mw / 2}" y="14" fill="#fff" text-anchor="middle">${message}</text></svg>`;
  const bytes = new TextEncoder().encode(svg);
  return { svg, etag: "", bytes };
}

export async function withEtag(badge: Badge): Promise<Badge> {
  if (!badge.etag) badge.etag = `"${(await sha1(badge.svg)).slice(0, 16)}"`;
  return badge;
}
