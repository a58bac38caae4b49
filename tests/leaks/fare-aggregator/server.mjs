import http from "node:http";
import { searchFares } from "./search.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(payload),
  });
  res.end(payload);
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/fares" && req.method === "GET") {
    const q = url.searchParams;
    const query = {
      from: (q.get("from") ?? "").toUpperCase(),
      to: (q.get("to") ?? "").toUpperCase(),
      date: q.get("date") ?? "",
      passengers: Math.min(9, Math.max(1, Number(q.get("pax") ?? 1) || 1)),
    };
    if (!/^[A-Z]{3}$/.test(query.from) || !/^[A-Z]{3}$/.test(query.to)) {
      return send(res, 400, { error: "from and to are IATA codes" });
    }
    try {
      const { status, body } = await searchFares(query);
      return send(res, status, body);
    } catch (err) {
      return send(res, 502, { error: String(err?.message ?? err) });
    }
  }
  send(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`fare aggregator on 127.0.0.1:${port}`));
