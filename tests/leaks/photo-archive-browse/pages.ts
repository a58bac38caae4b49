import { albums, type Photo, queryPhotos } from "./albums.ts";

export const PAGE_SIZE = 12;

export interface Page {
  album: string;
  page: number;
  photos: Photo[];
  hasMore: boolean;
}

// Next pages loaded ahead, per browsing session, so "more" answers at once.
const prefetched = new Map<string, Promise<Page>>();

async function loadPage(albumId: string, page: number): Promise<Page> {
  const album = albums.get(albumId)!;
  const photos = await queryPhotos(albumId, (page - 1) * PAGE_SIZE, PAGE_SIZE);
  return { album: albumId, page, photos, hasMore: page * PAGE_SIZE < album.photoCount };
}

export async function getPage(session: string, albumId: string, page: number): Promise<Page> {
  const key = `${session}:${albumId}:${page}`;
  let pending = prefetched.get(key);
  if (pending) prefetched.delete(key);
  else pending = loadPage(albumId, page);
  const result = await pending;
  if (result.hasMore) {
    const nextKey = `${session}:${albumId}:${page + 1}`;
    if (!prefetched.has(nextKey)) prefetched.set(nextKey, loadPage(albumId, page + 1));
  }
  return result;
}

export function prefetchStats() {
  return { prefetched: prefetched.size };
}
