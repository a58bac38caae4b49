const express = require("express");
const { startExchange } = require("./exchange.cjs");
const { connectFeed, lastTrade, requestSnapshot } = require("./feed.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

const app = express();
app.disable("x-powered-by");

app.get("/healthz", (_req, res) => res.json({ ok: true }));

const SYMBOL = /^[A-Z]{1,6}$/;

app.get("/quotes/:symbol", async (req, res, next) => {
  const symbol = req.params.symbol.toUpperCase();
  if (!SYMBOL.test(symbol)) return res.status(400).json({ error: "bad symbol" });
  try {
    const snap = await requestSnapshot(symbol);
    if (snap.unknown) return res.status(404).json({ error: `unknown symbol ${symbol}` });
    const trade = lastTrade(symbol);
    res.json({
      symbol,
      bid: snap.bid,
      ask: snap.ask,
      last: trade?.price ?? snap.last,
      spread: Math.round((snap.ask - snap.bid) * 100) / 100,
      asOf: new Date(snap.at).toISOString(),
    });
  } catch (err) {
    next(err);
  }
});

app.get("/quotes", async (req, res, next) => {
  const symbols = String(req.query.symbols ?? "").split(",").map((s) => s.trim().toUpperCase())
    .filter((s) => SYMBOL.test(s));
  if (symbols.length === 0 || symbols.length > 10) {
    return res.status(400).json({ error: "1-10 symbols" });
  }
  try {
    const snaps = await Promise.all(symbols.map((s) => requestSnapshot(s)));
    res.json(
      snaps.filter((s) => !s.unknown).map(({ symbol, bid, ask, last }) => ({
        symbol,
        bid,
        ask,
        last,
      })),
    );
  } catch (err) {
    next(err);
  }
});

app.use((err, _req, res, _next) => {
  res.status(502).json({ error: err.message });
});

async function main() {
  const url = await startExchange();
  await connectFeed(url);
  app.listen(port, "127.0.0.1", () => console.log(`ticker-gateway on http://127.0.0.1:${port}`));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
