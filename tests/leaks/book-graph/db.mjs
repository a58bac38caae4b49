// The catalogue database. In production this is Postgres behind the bookshop's read replica;
// here it is the fixture data the staging environment is seeded with, answered after a tick
// like a real round trip.

const AUTHORS = [
  { id: "au-1", name: "Hella S. Haasse", born: 1918, country: "NL" },
  { id: "au-2", name: "Cees Nooteboom", born: 1933, country: "NL" },
  { id: "au-3", name: "Marieke Lucas Rijneveld", born: 1991, country: "NL" },
  { id: "au-4", name: "Tommy Wieringa", born: 1967, country: "NL" },
];

const BOOKS = [
  { id: "bk-1", authorId: "au-1", title: "Het woud der verwachting", year: 1949, pages: 560 },
  { id: "bk-2", authorId: "au-1", title: "Oeroeg", year: 1948, pages: 96 },
  { id: "bk-3", authorId: "au-2", title: "Rituelen", year: 1980, pages: 224 },
  { id: "bk-4", authorId: "au-2", title: "Allerzielen", year: 1998, pages: 432 },
  { id: "bk-5", authorId: "au-3", title: "De avond is ongemak", year: 2018, pages: 272 },
  { id: "bk-6", authorId: "au-4", title: "Joe Speedboot", year: 2005, pages: 352 },
  { id: "bk-7", authorId: "au-4", title: "Dit zijn de namen", year: 2012, pages: 288 },
];

const REVIEWERS = ["lezer_anna", "boekenwurm", "jdevries", "marloes.reads", "pieter_k"];
const REVIEW_TEXT = [
  "Slow to start, but the last hundred pages are unforgettable.",
  "Beautiful sentences; I read it twice in one summer.",
  "Our book club argued about the ending for an entire evening.",
  "Not for everyone, but it stayed with me for weeks.",
];

const REVIEWS = BOOKS.flatMap((book, b) =>
  Array.from({ length: 3 + (b % 3) }, (_, n) => ({
    id: `rv-${b + 1}-${n + 1}`,
    bookId: book.id,
    reviewer: REVIEWERS[(b + n) % REVIEWERS.length],
    rating: 3 + ((b + n) % 3),
    text: REVIEW_TEXT[(b * 7 + n) % REVIEW_TEXT.length],
  }))
);

export const queryCounts = { books: 0, authors: 0, reviews: 0 };

function roundTrip(rows) {
  return new Promise((resolve) => setImmediate(() => resolve(rows)));
}

export function booksByIds(ids) {
  queryCounts.books++;
  return roundTrip(ids.map((id) => BOOKS.find((b) => b.id === id) ?? null));
}

export function booksByAuthorIds(authorIds) {
  queryCounts.books++;
  return roundTrip(authorIds.map((id) => BOOKS.filter((b) => b.authorId === id)));
}

export function authorsByIds(ids) {
  queryCounts.authors++;
  return roundTrip(ids.map((id) => AUTHORS.find((a) => a.id === id) ?? null));
}

export function reviewsByBookIds(bookIds) {
  queryCounts.reviews++;
  return roundTrip(bookIds.map((id) => REVIEWS.filter((r) => r.bookId === id)));
}
