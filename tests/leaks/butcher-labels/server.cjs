"use strict";

const http = require("node:http");
const { LabelPrinter } = require("./printer.cjs");
const { priceFor, useByDate } = require("./products.cjs");
const { priceBarcode } = require("./zpl.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

// One printer per counter, shared by the scales on it; the scales post each weighing here.
const printers = new Map([
  ["counter-1", new LabelPrinter("counter-1", "10.20.0.31")],
  ["counter-2", new LabelPrinter("counter-2", "10.20.0.32")],
]);

const takings = { labels: 0, pence: 0, bySpecies: { beef: 0, pork: 0, lamb: 0, poultry: 0 } };
let nextJob = 1;

function readJson(req) {
  return new Promise((resolve, reject) => {
    let raw = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      try {
        resolve(raw ? JSON.parse(raw) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

async function weigh(req, res) {
  const { scale, plu, grams, ref, packedFor } = await readJson(req);
  const printer = printers.get(scale);
  if (!printer) return send(res, 404, { error: `no printer for scale ${scale}` });
  const g = Math.round(Number(grams));
  if (!Number.isFinite(g) || g < 20 || g > 15000) return send(res, 400, { error: "bad weight" });
  const item = priceFor(plu, g);
  if (!item) return send(res, 404, { error: `unknown PLU ${plu}` });

  const job = {
    id: `L${nextJob++}`,
    ref,
    scale,
    packedFor,
    item,
    useBy: useByDate(item.shelfDays),
    barcode: priceBarcode(item.plu, item.pricePence),
    weighedAt: new Date().toISOString(),
  };
  await printer.print(job);
  takings.labels++;
  takings.pence += item.pricePence;
  takings.bySpecies[item.species] += item.pricePence;
  send(res, 201, { label: job.id, price: item.pricePence, barcode: job.barcode, useBy: job.useBy });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/weigh" && req.method === "POST") return await weigh(req, res);
  if (url.pathname === "/printers") {
    return send(
      res,
      200,
      [...printers.values()].map((p) => p.status()),
    );
  }
  if (url.pathname === "/labels/recent") {
    const p = printers.get(url.searchParams.get("printer") ?? "counter-1");
    return p ? send(res, 200, p.history.slice(0, 10)) : send(res, 404, { error: "no printer" });
  }
  if (url.pathname === "/takings") return send(res, 200, takings);
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => console.log(`butcher counter on :${port}`));
