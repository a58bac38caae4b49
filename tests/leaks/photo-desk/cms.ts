import type { Photo } from "./library.ts";

/** What the CMS gets for a published photo; the last few go on the desk's "just sent" panel. */
export interface CmsAsset {
  ref: string;
  caption: string;
  credit: string;
  ratio: string;
  sentAt: string;
}

const recent: CmsAsset[] = [];
const MAX_RECENT = 12;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export function sendToCms(photo: Photo): CmsAsset {
  const g = gcd(photo.width, photo.height) || 1;
  const asset: CmsAsset = {
    ref: `cms:${photo.agency.toLowerCase()}:${photo.id}`,
    caption: `${photo.caption} (${photo.credit})`,
    credit: photo.credit,
    ratio: `${photo.width / g}:${photo.height / g}`,
    sentAt: new Date().toISOString(),
  };
  recent.unshift(asset);
  if (recent.length > MAX_RECENT) recent.pop();
  return asset;
}

export function recentlySent(): CmsAsset[] {
  return recent;
}
