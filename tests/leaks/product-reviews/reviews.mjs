import { createLoader } from "./loader.mjs";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function fetchAuthors(ids) {
  await sleep(1);
  return ids.map((id) => ({ id, name: `Customer ${id}`, verified: id.length % 2 === 0 }));
}

function reviewsOf(productId) {
  return Array.from({ length: 5 }, (_, n) => ({
    id: `${productId}-r${n + 1}`,
    authorId: `c-${(n % 3) + 1}`,
    stars: 1 + ((productId.length + n) % 5),
    text: `Review ${n + 1} of ${productId}: sturdy, true to size, would buy again.`,
  }));
}

/** Reviews with their authors; the deadline timer is always cleared. */
export async function reviewsWithAuthors(productId, { timeoutMs = 60_000 } = {}) {
  const authors = createLoader(fetchAuthors);
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error("reviews: deadline exceeded")), timeoutMs);
  });
  try {
    const work = Promise.all(
      reviewsOf(productId).map(async (r) => ({
        ...r,
        author: await authors.load(r.authorId),
      })),
    );
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
