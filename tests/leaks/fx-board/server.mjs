import http from "node:http";
import { QuoteSession } from "./quotes.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.split("=")[1]) : 3000;

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/quote" && req.method === "GET") {
    const q = url.searchParams;
    const session = new QuoteSession(q.get("customer") ?? "anonymous");
    try {
      const quote = await session.quote({
        from: (q.get("from") ?? "EUR").toUpperCase(),
        to: (q.get("to") ?? "USD").toUpperCase(),
        amount: Number(q.get("amount") ?? 100) || 100,
        locale: q.get("locale") ?? "en-GB",
      });
      return quote ? send(res, 200, quote) : send(res, 400, { error: "unknown currency" });
    } catch (err) {
      return send(res, 504, { error: err.message });
    } finally {
      session.close();
    }
  }
  if (url.pathname === "/stats") return send(res, 200, { openSessions: QuoteSession.open });
  send(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`fx board on 127.0.0.1:${port}`));
