// Stand-in for the bank's FX provider (in the same process so the gateway runs on its own):
// mid-market rates that move a little every minute, answers cacheable for ten minutes.
import http from "node:http";

const MID = { USD: 1.0842, GBP: 0.8571, CHF: 0.9613, JPY: 162.41, PLN: 4.3187, SEK: 11.262 };

function rateFor(from, to) {
  const drift = 1 + Math.sin(Math.floor(Date.now() / 60_000)) / 2000;
  const eurFrom = from === "EUR" ? 1 : MID[from];
  const eurTo = to === "EUR" ? 1 : MID[to];
  if (!eurFrom || !eurTo) return undefined;
  return Number(((eurTo / eurFrom) * drift).toFixed(6));
}

function send(res, status, body) {
  res.writeHead(status, {
    "content-type": "application/json",
    "cache-control": status === 200 ? "public, max-age=600" : "no-store",
  });
  res.end(JSON.stringify(body));
}

export function startProvider() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://provider.local");
    if (url.pathname === "/v2/convert") {
      const from = url.searchParams.get("from");
      const to = url.searchParams.get("to");
      const amount = Number(url.searchParams.get("amount"));
      const rate = rateFor(from, to);
      if (!rate || !Number.isFinite(amount)) return send(res, 422, { error: "unsupported pair" });
      return send(res, 200, {
        from,
        to,
        amount,
        rate,
        result: Number((amount * rate).toFixed(2)),
        quotedAt: new Date().toISOString(),
        provider: "eurobank-fx",
      });
    }
    const m = /^\/v2\/rates\/([A-Z]{3})$/.exec(url.pathname);
    if (m) {
      const rates = {};
      for (const code of ["EUR", ...Object.keys(MID)]) {
        if (code !== m[1]) rates[code] = rateFor(m[1], code);
      }
      return send(res, 200, { base: m[1], rates, quotedAt: new Date().toISOString() });
    }
    send(res, 404, { error: "not found" });
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}
