import { ModerationQueue, type Review, type Verdict } from "./moderation.ts";

export class ReviewError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const SHOWN_PER_PRODUCT = 5;
const PRODUCTS = new Set(["espresso-grinder", "moka-pot", "pour-over-kettle"]);

/** productId → newest approved reviews (the product page shows five) */
const published = new Map<string, Review[]>();
const ratings = new Map<string, { sum: number; count: number }>();
let nextId = 1;

function publish(review: Review, verdict: Verdict): void {
  if (verdict !== "approved") return;
  const shown = published.get(review.productId) ?? [];
  shown.unshift(review);
  if (shown.length > SHOWN_PER_PRODUCT) shown.length = SHOWN_PER_PRODUCT;
  published.set(review.productId, shown);
  const rating = ratings.get(review.productId) ?? { sum: 0, count: 0 };
  rating.sum += review.rating;
  rating.count++;
  ratings.set(review.productId, rating);
}

export const moderation = new ModerationQueue(publish);
moderation.start();

export function submitReview(productId: string, input: Record<string, unknown>) {
  if (!PRODUCTS.has(productId)) throw new ReviewError(404, `no product ${productId}`);
  const { author, rating, title, text } = input;
  if (typeof author !== "string" || author.trim().length < 2) {
    throw new ReviewError(400, "author required");
  }
  if (typeof rating !== "number" || !Number.isInteger(rating) || rating < 1 || rating > 5) {
    throw new ReviewError(400, "rating must be 1 to 5");
  }
  if (typeof title !== "string" || title.length > 100) {
    throw new ReviewError(400, "title up to 100 characters");
  }
  if (typeof text !== "string" || text.length < 20 || text.length > 4000) {
    throw new ReviewError(400, "text must be 20 to 4000 characters");
  }
  const review: Review = {
    id: `rv-${nextId++}`,
    productId,
    author: author.trim(),
    rating,
    title: title.trim(),
    text,
    submittedAt: Date.now(),
  };
  const position = moderation.submit(review);
  return { id: review.id, status: "pending", position };
}

export function productReviews(productId: string) {
  if (!PRODUCTS.has(productId)) throw new ReviewError(404, `no product ${productId}`);
  const rating = ratings.get(productId);
  return {
    productId,
    average: rating ? Math.round(rating.sum / rating.count * 10) / 10 : null,
    reviews: published.get(productId) ?? [],
  };
}
