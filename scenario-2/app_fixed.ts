/**
 * Bookshop search API: full-text search over the catalogue, with the authors of the matching
 * books as a facet. The fixed twin of `app.ts`: each book's words are worked out once and
 * kept, and the facet counts authors in a Map (see README.md for the answer key).
 *
 * Routes: `GET /search?q=words&page=N` (JSON), `GET /books/:id`, `GET /health`.
 * Flags: `--port=N` (or env `PORT`, default 8087), `--host=H` (default 127.0.0.1).
 *
 * @module
 */
import { type Book, loadCatalog } from "./catalog.mjs";

const PAGE_SIZE = 10;
const FACET_SIZE = 10;
const STOP_WORDS = new Set(["the", "and", "for", "with", "from", "that", "this", "into"]);
const SUFFIXES = ["ingly", "edly", "ing", "ies", "ed", "es", "ly", "s"];

const books: Book[] = loadCatalog();

interface Facet {
  author: string;
  count: number;
}

interface SearchResult {
  query: string;
  total: number;
  page: number;
  results: (Pick<Book, "id" | "title" | "author" | "year" | "price"> & { score: number })[];
  authors: Facet[];
}

/** `gardening` → `garden`, `stories` → `stor`: good enough to match plurals and tenses. */
function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** Lower-case, accent-free word stems of `text`, stop words left out. */
function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
    .map(stem);
}

/** Each book's words, worked out the first time a search reads them (books never change). */
const wordsByBook = new Map<number, string[]>();

function bookWords(book: Book): string[] {
  let words = wordsByBook.get(book.id);
  if (!words) {
    words = tokenize(`${book.title} ${book.author} ${book.description}`);
    wordsByBook.set(book.id, words);
  }
  return words;
}

/** How many of the book's words are search terms. */
function relevance(book: Book, terms: string[]): number {
  const words = bookWords(book);
  let score = 0;
  for (const word of words) {
    if (terms.includes(word)) score++;
  }
  return score;
}

/** The authors of `hits`, most books first. */
function authorFacets(hits: Book[]): Facet[] {
  const counts = new Map<string, number>();
  for (const book of hits) counts.set(book.author, (counts.get(book.author) ?? 0) + 1);
  const facets: Facet[] = [...counts].map(([author, count]) => ({ author, count }));
  facets.sort((a, b) => b.count - a.count || (a.author < b.author ? -1 : 1));
  return facets.slice(0, FACET_SIZE);
}

function search(query: string, page: number): SearchResult {
  const terms = tokenize(query);
  const scored: { book: Book; score: number }[] = [];
  for (const book of books) {
    const score = relevance(book, terms);
    if (score > 0) scored.push({ book, score });
  }
  scored.sort((a, b) => b.score - a.score || a.book.id - b.book.id);
  const start = page * PAGE_SIZE;
  return {
    query,
    total: scored.length,
    page,
    results: scored.slice(start, start + PAGE_SIZE).map(({ book, score }) => ({
      id: book.id,
      title: book.title,
      author: book.author,
      year: book.year,
      price: book.price,
      score,
    })),
    authors: authorFacets(scored.map((s) => s.book)),
  };
}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function handle(request: Request): Response {
  const url = new URL(request.url);
  if (request.method !== "GET") return json({ error: "method not allowed" }, 405);
  if (url.pathname === "/health") return json({ ok: true, books: books.length });
  if (url.pathname === "/search") {
    const query = (url.searchParams.get("q") ?? "").slice(0, 200);
    const page = Math.max(0, Number(url.searchParams.get("page") ?? 0) || 0);
    if (!query.trim()) return json({ error: "q is required" }, 400);
    return json(search(query, page));
  }
  const match = /^\/books\/(\d+)$/.exec(url.pathname);
  if (match) {
    const book = books.find((b) => b.id === Number(match[1]));
    return book ? json(book) : json({ error: "no such book" }, 404);
  }
  return json({ error: "not found" }, 404);
}

function flag(name: string): string | undefined {
  const prefix = `--${name}=`;
  return Deno.args.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

const port = Number(flag("port") ?? Deno.env.get("PORT") ?? 8087);
const hostname = flag("host") ?? "127.0.0.1";
Deno.serve({
  port,
  hostname,
  onListen: (addr) =>
    console.log(`Bookshop search listening on http://${addr.hostname}:${addr.port}/`),
}, handle);
