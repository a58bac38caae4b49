import http from "node:http";
import { estimate, findQuote } from "./quotes.mjs";
import { dispatchSurveys, requestSurvey, surveyStats } from "./surveys.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

setInterval(dispatchSurveys, 200).unref();

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  try {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (url.pathname === "/stats") return send(res, 200, surveyStats());
    if (url.pathname === "/quotes" && req.method === "POST") {
      const body = await readJson(req);
      if (!body.ref || !body.customer?.email || !body.from?.postcode) {
        return send(res, 400, { error: "ref, customer.email and from.postcode are required" });
      }
      const quote = estimate(body);
      if (quote.needsSurvey) requestSurvey(quote, body.survey === "video" ? "video" : "home");
      return send(res, 201, quote);
    }
    const m = /^\/quotes\/([\w-]+)$/.exec(url.pathname);
    if (m && req.method === "GET") {
      const quote = findQuote(m[1]);
      return quote ? send(res, 200, quote) : send(res, 404, { error: "quote expired" });
    }
    send(res, 404, { error: "not found" });
  } catch (err) {
    send(res, 500, { error: err.message });
  }
});

server.listen(port, "127.0.0.1", () => console.log(`removal quotes on :${port}`));
