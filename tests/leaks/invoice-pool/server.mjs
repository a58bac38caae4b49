import http from "node:http";
import { poolStats, renderInvoice } from "./renderer.mjs";
import { invoiceSchema } from "./schema.mjs";

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// The last 25 renders, for the back-office list.
const RECENT = 25;
const recentRenders = [];

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/pool") return send(res, 200, poolStats());
  if (url.pathname === "/invoices/recent") return send(res, 200, { renders: recentRenders });

  if (req.method === "POST" && url.pathname === "/invoices/render") {
    const { value: invoice, error } = invoiceSchema.validate(await readJson(req), {
      abortEarly: false,
    });
    if (error) return send(res, 400, { error: error.details.map((d) => d.message) });
    let pagesDone = 0;
    const result = await renderInvoice(invoice, () => pagesDone++);
    const totalCents = invoice.lines.reduce((s, l) => s + l.quantity * l.unitCents, 0);
    recentRenders.unshift({
      number: invoice.number,
      customer: invoice.customer.name,
      totalCents,
      ...result,
    });
    if (recentRenders.length > RECENT) recentRenders.pop();
    return send(res, 201, { number: invoice.number, totalCents, pagesDone, ...result });
  }
  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) =>
    send(res, err instanceof SyntaxError ? 400 : 500, { error: err.message })
  );
}).listen(port, "127.0.0.1", () => console.log(`invoice-pool on http://127.0.0.1:${port}`));
