import { Database, seedCatalogue } from "./db.ts";
import { Product, Supplier } from "./models.ts";
import { Session } from "./orm/session.ts";

const portFlag = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8080;

const db = new Database();
seedCatalogue(db, 5_000);

const PRODUCT = new URLPattern({ pathname: "/products/:id" });

function updateProduct(product: Product, body: Record<string, unknown>) {
  if (body.priceCents !== undefined) product.priceCents = Number(body.priceCents);
  if (body.stock !== undefined) product.stock = Number(body.stock);
  if (typeof body.title === "string") product.title = body.title;
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`catalog admin on 127.0.0.1:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  const m = PRODUCT.exec(url);
  if (!m) return Response.json({ error: "not found" }, { status: 404 });
  const session = new Session(db);
  const product = await session.find(Product, m.pathname.groups.id!);
  if (!product) return Response.json({ error: "no such product" }, { status: 404 });

  if (req.method === "GET") {
    const supplier = await session.find(Supplier, product.toJSON().supplierId as string);
    return Response.json({ ...product.toJSON(), supplier: supplier?.toJSON() ?? null });
  }
  if (req.method === "PATCH") {
    const body = await req.json().catch(() => null);
    if (!body || typeof body !== "object") {
      return Response.json({ error: "body must be a JSON object" }, { status: 400 });
    }
    try {
      updateProduct(product, body);
    } catch (err) {
      return Response.json({ error: (err as Error).message }, { status: 400 });
    }
    const written = await session.commit();
    return Response.json({ ...product.toJSON(), written });
  }
  return Response.json({ error: "method not allowed" }, { status: 405 });
});
