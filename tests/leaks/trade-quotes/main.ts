import { CatalogError, describeBook, priceBook, publishListPrice } from "./catalog.ts";
import { acceptQuote, changeLines, deskStats, findQuote, openQuote, present } from "./quotes.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8161;

const QUOTE = new URLPattern({ pathname: "/quotes/:id" });
const ACCEPT = new URLPattern({ pathname: "/quotes/:id/accept" });
const LIST_PRICE = new URLPattern({ pathname: "/admin/price-book/:sku" });

async function readBody(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object" || Array.isArray(body)) {
    throw new CatalogError(400, "expected a JSON object");
  }
  return body;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true, ...deskStats() });

  if (req.method === "GET" && url.pathname === "/price-book") {
    return Response.json(describeBook(priceBook.peek()));
  }
  if (req.method === "POST" && url.pathname === "/quotes") {
    const quote = openQuote(await readBody(req));
    return Response.json(present(quote), {
      status: 201,
      headers: { location: `/quotes/${quote.id}` },
    });
  }

  let m = ACCEPT.exec(url);
  if (req.method === "POST" && m) {
    return Response.json(acceptQuote(findQuote(m.pathname.groups.id!)));
  }
  m = QUOTE.exec(url);
  if (m) {
    const quote = findQuote(m.pathname.groups.id!);
    if (req.method === "GET") return Response.json(present(quote));
    if (req.method === "PATCH") {
      const body = await readBody(req);
      return Response.json(present(changeLines(quote, body.lines)));
    }
    throw new CatalogError(405, "method not allowed");
  }
  m = LIST_PRICE.exec(url);
  if (req.method === "POST" && m) {
    const body = await readBody(req);
    const book = publishListPrice(m.pathname.groups.sku!, Number(body.listPrice));
    return Response.json({ version: book.version, publishedAt: book.publishedAt });
  }
  throw new CatalogError(404, "not found");
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`trade quotes on 127.0.0.1:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof CatalogError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
