import { ScanUploads } from "./scans.ts";
import { SpaceSaving } from "./topk.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8943;

const BOOKS = [
  { isbn: "9780141439518", title: "Pride and Prejudice", author: "Jane Austen" },
  { isbn: "9780061120084", title: "To Kill a Mockingbird", author: "Harper Lee" },
  { isbn: "9780451524935", title: "Nineteen Eighty-Four", author: "George Orwell" },
  { isbn: "9780140449136", title: "Crime and Punishment", author: "Fyodor Dostoevsky" },
  { isbn: "9780679783268", title: "Anna Karenina", author: "Leo Tolstoy" },
];

const trending = new SpaceSaving(50);
const scans = new ScanUploads();
const slips = { printed: 0, bytes: 0 };
setInterval(() => scans.sweep(), 200);

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

/** A receipt slip's scratch buffer, released when the request is done. */
class Slip implements Disposable {
  buffer: Uint8Array | undefined = new Uint8Array(4096);
  [Symbol.dispose]() {
    this.buffer = undefined;
  }
}

async function handle(req: Request, url: URL): Promise<Response> {
  if (url.pathname === "/search") {
    const q = (url.searchParams.get("q") ?? "").toLowerCase().replace(/\s+/g, " ").trim();
    if (!q) return json({ error: "q is required" }, 400);
    trending.offer(q);
    const hits = BOOKS.filter((b) => `${b.title} ${b.author}`.toLowerCase().includes(q));
    return json({ q, hits });
  }
  if (url.pathname === "/trending") {
    return json({ observed: trending.observed, top: trending.top(10) });
  }
  if (url.pathname === "/scans" && req.method === "POST") {
    const b = await req.json();
    if (!/^[\w-]{4,64}$/.test(String(b.key)) || !(b.size > 0 && b.size <= 1 << 20)) {
      return json({ error: "key and size" }, 422);
    }
    const scan = scans.get(b.key) ?? scans.open(b.key, String(b.member ?? "?"), b.size);
    return json({ key: scan.key, offset: scan.offset }, 201);
  }
  const m = /^\/scans\/([\w-]{4,64})$/.exec(url.pathname);
  if (m && req.method === "PATCH") {
    const scan = scans.get(m[1]);
    if (!scan) return json({ error: "no such upload" }, 404);
    const chunk = new Uint8Array(await req.arrayBuffer());
    if (scan.completedAt) return json({ offset: scan.offset, done: true });
    if (Number(req.headers.get("upload-offset")) !== scan.offset) {
      return json({ error: "offset mismatch", offset: scan.offset }, 409);
    }
    scans.append(scan, chunk);
    return json({ offset: scan.offset, done: Boolean(scan.completedAt) });
  }
  if (url.pathname === "/loans" && req.method === "POST") {
    const b = await req.json();
    const book = BOOKS.find((x) => x.isbn === b.isbn);
    if (!book) return json({ error: "unknown isbn" }, 404);
    using slip = new Slip();
    const text = `${book.title} / ${book.author}\nborrower ${b.member}\ndue ${b.due}\n`;
    const { written } = new TextEncoder().encodeInto(text, slip.buffer!);
    slips.printed++;
    slips.bytes += written;
    return json({ isbn: book.isbn, due: b.due, slipBytes: written }, 201);
  }
  if (url.pathname === "/stats") return json({ scans: scans.size, swept: scans.swept, slips });
  return json({ error: "not found" }, 404);
}

Deno.serve({ hostname: "127.0.0.1", port, onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    return json({ error: String(err) }, 400);
  }
});
console.log(`library-catalogue on 127.0.0.1:${port}`);
