import express from "express";
import helmet from "helmet";
import cors from "cors";
import { rateLimit } from "express-rate-limit";
import { cacheStats, parts, quote, search } from "./catalog.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const DEALERS = new Map([
  ["dk-7f3a-truckpoint", { name: "TruckPoint Utrecht", discount: 0.12 }],
  ["dk-19c2-nordfleet", { name: "Nordfleet Service", discount: 0.08 }],
]);
const ALLOWED_ORIGINS = new Set([
  "https://shop.truckpoint.example",
  "https://portal.nordfleet.example",
]);

const app = express();
app.use(helmet());
app.use(
  cors({
    origin: (origin, cb) => cb(null, !origin || ALLOWED_ORIGINS.has(origin)),
    allowedHeaders: ["content-type", "x-dealer-key"],
    maxAge: 600,
  }),
);
app.get("/healthz", (_req, res) => res.json({ ok: true }));

// Dealers are limited per key, not per IP: their shop systems sit behind shared NAT.
app.use(
  rateLimit({
    windowMs: 60_000,
    limit: 100_000,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    keyGenerator: (req) => req.get("x-dealer-key") ?? "anonymous",
  }),
);
app.use(express.json({ limit: "16kb" }));

function dealerOf(req, res) {
  const dealer = DEALERS.get(req.get("x-dealer-key") ?? "");
  if (!dealer) res.status(401).json({ error: "unknown dealer key" });
  return dealer;
}

app.get("/parts/search", (req, res) => {
  const q = String(req.query.q ?? "").slice(0, 80);
  if (!q) return res.status(400).json({ error: "q is required" });
  res.json(search(q, req.query.make ? String(req.query.make) : undefined));
});

app.get("/parts/:sku", (req, res) => {
  const part = parts.get(req.params.sku);
  if (!part) return res.status(404).json({ error: "no such part" });
  res.json(part);
});

app.post("/quotes", (req, res) => {
  const dealer = dealerOf(req, res);
  if (!dealer) return;
  const lines = Array.isArray(req.body?.lines) ? req.body.lines.slice(0, 50) : [];
  const result = quote(lines, dealer.discount);
  res.status(result.error ? 422 : 200).json({ dealer: dealer.name, ...result });
});

app.get("/cache", (_req, res) => res.json(cacheStats()));

app.listen(port, "127.0.0.1", () => console.log(`spare-parts-api on http://127.0.0.1:${port}`));
