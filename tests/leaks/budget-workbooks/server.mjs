import http from "node:http";
import { RefCache } from "./node_modules/refcache/index.js";
import { expandRange, parseWorkbook } from "./formulas.mjs";
import { latest, saveCells } from "./storage.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4592;

// Parsed workbooks are shared by the requests reading the same revision at the same time
// (dashboards poll every sheet at once); a revision is parsed once however many ask.
const models = new RefCache({
  load(key) {
    const [id, revision] = key.split("@");
    const stored = latest(id);
    if (!stored || String(stored.revision) !== revision) {
      throw Object.assign(new Error(`revision ${key} is gone`), { status: 409 });
    }
    return parseWorkbook(stored);
  },
});

const keyOf = (stored) => `${stored.id}@${stored.revision}`;

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

async function readJson(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  try {
    return raw ? JSON.parse(raw) : {};
  } catch {
    throw Object.assign(new Error("body must be JSON"), { status: 400 });
  }
}

function readRange(sheet, range) {
  const cells = {};
  for (const ref of expandRange(range)) {
    if (sheet.values.has(ref)) cells[ref] = sheet.values.get(ref);
  }
  return cells;
}

async function route(req, res, url) {
  const m = /^\/workbooks\/([\w-]+)\/sheets\/(\w+)(\/cells)?$/.exec(url.pathname);
  if (!m) return send(res, 404, { error: "not found" });
  const [, id, sheetName, cellsPath] = m;

  if (cellsPath && req.method === "PATCH") {
    const body = await readJson(req);
    const edits = Object.fromEntries(
      Object.entries(body.cells ?? {}).filter(([ref, v]) =>
        /^[A-Z]\d{1,3}$/.test(ref) && typeof v === "string"
      ),
    );
    if (!Object.keys(edits).length) return send(res, 400, { error: "no cells to save" });
    const saved = saveCells(id, sheetName, edits, String(body.author ?? "unknown"));
    if (saved === undefined) return send(res, 404, { error: "no such workbook" });
    if (saved === null) return send(res, 404, { error: "no such sheet" });
    // Answer with the recalculated totals so the editor can show them straight away.
    const totals = await models.use(keyOf(saved), (wb) => {
      const sheet = wb.sheets[sheetName];
      return Object.fromEntries([...sheet.values].filter(([ref]) => ref.startsWith("E")));
    });
    return send(res, 200, { id, revision: saved.revision, totals });
  }

  if (!cellsPath && req.method === "GET") {
    const stored = latest(id);
    if (!stored) return send(res, 404, { error: "no such workbook" });
    const range = url.searchParams.get("range") ?? "A1:E12";
    const cells = await models.use(keyOf(stored), (wb) => {
      const sheet = wb.sheets[sheetName];
      return sheet ? readRange(sheet, range) : null;
    });
    if (!cells) return send(res, 404, { error: "no such sheet" });
    return send(res, 200, { id, revision: stored.revision, sheet: sheetName, range, cells });
  }
  send(res, 405, { error: "method not allowed" });
}

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });
  if (url.pathname === "/stats") return send(res, 200, models.stats());
  route(req, res, url).catch((err) => {
    if (err.status) return send(res, err.status, { error: err.message });
    console.error(err);
    send(res, 500, { error: "internal error" });
  });
}).listen(port, "127.0.0.1", () => console.log(`budget-workbooks on http://127.0.0.1:${port}`));
