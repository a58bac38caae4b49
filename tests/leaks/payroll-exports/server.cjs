"use strict";

const http = require("node:http");
const { backgroundFailures } = require("./background.cjs");
const { DownloadStore } = require("./downloads.cjs");

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4964;

const downloads = new DownloadStore({ ttlMs: 15 * 60_000 });
const EMPLOYEES = ["A. de Vries", "B. Jansen", "C. Bakker", "D. Visser", "E. Smit", "F. Meijer"];
let generated = 0;

function send(res, status, body, type = "application/json") {
  res.writeHead(status, { "content-type": type });
  res.end(type === "application/json" ? JSON.stringify(body) : body);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function payrollCsv(company, period, grossCents) {
  const rows = EMPLOYEES.map((name, n) => {
    const gross = grossCents + n * 12_500;
    const tax = Math.round(gross * 0.3697);
    return [`${company}-${n + 1}`, name, period, gross / 100, tax / 100, (gross - tax) / 100];
  });
  const header = "employee_id,name,period,gross_eur,wage_tax_eur,net_eur";
  return [header, ...rows.map((r) => r.join(","))].join("\n") + "\n";
}

async function route(req, res, url) {
  if (url.pathname === "/exports" && req.method === "POST") {
    const key = req.headers["idempotency-key"];
    const b = await readJson(req);
    if (!key || !/^[\w-]{8,64}$/.test(key)) return send(res, 400, { error: "Idempotency-Key" });
    if (!/^\d{4}-\d{2}$/.test(String(b.period))) return send(res, 422, { error: "period YYYY-MM" });
    const company = String(b.company ?? "acme").replace(/[^\w-]/g, "");
    const csv = payrollCsv(company, b.period, Number(b.baseGrossCents) || 350_000);
    downloads.put(key, { name: `payroll-${company}-${b.period}.csv`, csv, requestedBy: b.user });
    generated++;
    return send(res, 202, { download: `/exports/${key}/download` });
  }
  const m = /^\/exports\/([\w-]{8,64})\/download$/.exec(url.pathname);
  if (m && req.method === "GET") {
    const { status, file } = downloads.take(m[1]);
    if (status !== 200) return send(res, status, { error: status === 410 ? "gone" : "not found" });
    res.setHeader("content-disposition", `attachment; filename="${file.name}"`);
    return send(res, 200, file.csv, "text/csv");
  }
  if (url.pathname === "/status") {
    return send(res, 200, { generated, waiting: downloads.size, background: backgroundFailures() });
  }
  return send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  route(req, res, url).catch((err) => send(res, 400, { error: String(err.message) }));
}).listen(port, "127.0.0.1", () => console.log(`payroll-exports on 127.0.0.1:${port}`));
