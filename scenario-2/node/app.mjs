/**
 * Bookshop search API: full-text search over the catalogue, with the authors of the matching
 * books as a facet.
 *
 * Routes: `GET /search?q=words&page=N` (JSON), `GET /books/:id`, `GET /health`.
 * Flags: `--port=N` (or env `PORT`, default 8087), `--host=H` (default 127.0.0.1).
 *
 * The Node.js build of `../app.ts` (same code, `node:http` instead of `Deno.serve`).
 *
 * @module
 */
import { createServer } from "node:http";
import { loadCatalog } from "../catalog.mjs";

const PAGE_SIZE = 10;
const FACET_SIZE = 10;
const STOP_WORDS = new Set(["the", "and", "for", "with", "from", "that", "this", "into"]);
const SUFFIXES = ["ingly", "edly", "ing", "ies", "ed", "es", "ly", "s"];

const books = loadCatalog();

/** `gardening` → `garden`, `stories` → `stor`: good enough to match plurals and tenses. */
function stem(word) {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 3) {
      return word.slice(0, -suffix.length);
    }
  }
  return word;
}

/** Lower-case, accent-free word stems of `text`, stop words left out. */
function tokenize(text) {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 2 && !STOP_WORDS.has(word))
    .map(stem);
}

/** How many of the book's words are search terms. */
function relevance(book, terms) {
  const words = tokenize(`${book.title} ${book.author} ${book.description}`);
  let score = 0;
  for (const word of words) {
    if (terms.includes(word)) score++;
  }
  return score;
}

/** The authors of `hits`, most books first. */
function authorFacets(hits) {
  const facets = [];
  for (const book of hits) {
    const facet = facets.find((f) => f.author === book.author);
    if (facet) facet.count++;
    else facets.push({ author: book.author, count: 1 });
  }
  facets.sort((a, b) => b.count - a.count || (a.author < b.author ? -1 : 1));
  return facets.slice(0, FACET_SIZE);
}

function search(query, page) {
  const terms = tokenize(query);
  const scored = [];
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

function send(response, body, status = 200) {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

function handle(request, response) {
  const url = new URL(request.url ?? "/", "http://localhost");
  if (request.method !== "GET") return send(response, { error: "method not allowed" }, 405);
  if (url.pathname === "/health") return send(response, { ok: true, books: books.length });
  if (url.pathname === "/search") {
    const query = (url.searchParams.get("q") ?? "").slice(0, 200);
    const page = Math.max(0, Number(url.searchParams.get("page") ?? 0) || 0);
    if (!query.trim()) return send(response, { error: "q is required" }, 400);
    return send(response, search(query, page));
  }
  const match = /^\/books\/(\d+)$/.exec(url.pathname);
  if (match) {
    const book = books.find((b) => b.id === Number(match[1]));
    return book ? send(response, book) : send(response, { error: "no such book" }, 404);
  }
  send(response, { error: "not found" }, 404);
}

function flag(name) {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

const port = Number(flag("port") ?? process.env.PORT ?? 8087);
const host = flag("host") ?? "127.0.0.1";
createServer(handle).listen(port, host, () => {
  console.log(`Bookshop search listening on http://${host}:${port}/`);
});
