/**
 * The review screen: what was wrong with each import that is waiting to be committed, so the
 * bookkeeper can fix the bank export or accept the valid lines only.
 */
const openReviews = new Map();

export function openReview(importId, review) {
  openReviews.set(importId, { ...review, openedAt: new Date().toISOString() });
}

export function reviewFor(importId) {
  return openReviews.get(importId) ?? null;
}

export function closeReview(importId) {
  openReviews.delete(importId);
}

export function reviewCount() {
  return openReviews.size;
}
