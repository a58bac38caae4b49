import express from "express";
import { cartTotal, findProduct, products } from "./catalog.mjs";
import { countSessions, sessionMiddleware } from "./sessions.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const app = express();
app.disable("x-powered-by");
app.use(express.json({ limit: "16kb" }));

app.get("/healthz", (_req, res) => res.json({ ok: true }));

app.use(sessionMiddleware);

// Product page: remembers the last few products the visitor looked at.
app.get("/products/:sku", (req, res) => {
  const product = findProduct(req.params.sku);
  const seen = req.session.recentlyViewed ?? [];
  req.session.recentlyViewed = [product.sku, ...seen.filter((s) => s !== product.sku)].slice(0, 8);
  res.json({ product, recentlyViewed: req.session.recentlyViewed });
});

app.get("/products", (req, res) => {
  const colour = req.query.colour;
  const list = [...products.values()].filter((p) => !colour || p.colour === colour);
  res.json({ count: list.length, products: list.slice(0, 20) });
});

app.get("/cart", (req, res) => {
  const cart = req.session.cart ?? [];
  res.json({ lines: cart, totalCents: cartTotal(cart) });
});

app.post("/cart/items", (req, res) => {
  const { sku, qty = 1 } = req.body ?? {};
  if (typeof sku !== "string" || !Number.isInteger(qty) || qty < 1 || qty > 20) {
    return res.status(400).json({ error: "sku and a quantity of 1-20 are required" });
  }
  const product = findProduct(sku);
  const cart = req.session.cart ?? [];
  const line = cart.find((l) => l.sku === sku);
  if (line) line.qty += qty;
  else cart.push({ sku, title: product.title, priceCents: product.priceCents, qty });
  req.session.cart = cart;
  res.status(201).json({ lines: cart, totalCents: cartTotal(cart) });
});

app.delete("/cart", (req, res) => {
  req.session.destroy(() => res.status(204).end());
});

app.get("/ops/sessions", async (_req, res, next) => {
  try {
    res.json({ sessions: await countSessions() });
  } catch (err) {
    next(err);
  }
});

app.use((err, _req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

app.listen(port, "127.0.0.1", () => console.log(`visitor-carts on http://127.0.0.1:${port}`));
