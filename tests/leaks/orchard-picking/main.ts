import { type Bin, Row } from "./row.ts";
import { ClosingRowStore } from "./store.ts";
import { record, tally } from "./tally.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const CREW = new Set(["p-ana", "p-tomasz", "p-ionela", "p-mihai", "p-grace", "p-kwame"]);
const GRADES = new Set(["class-1", "class-2", "juice"]);

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const rows = new ClosingRowStore();
let binSeq = 0;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function body(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    throw new HttpError(400, "body is not JSON");
  }
}

function openRow(id: string): Row {
  const row = rows.get(id);
  if (!row) throw new HttpError(404, `row ${id} is not open`);
  return row;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const [first, id, action] = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (url.pathname === "/tally") return json(tally());

  if (url.pathname === "/rows" && req.method === "POST") {
    const b = await body(req);
    const rowId = String(b.id ?? "");
    if (!rowId || rows.get(rowId)) throw new HttpError(409, "row id missing or already open");
    const row = new Row(rowId, String(b.block ?? ""), String(b.variety ?? ""));
    rows.add(row);
    return json({ id: row.id }, 201);
  }
  if (first === "rows" && id && !action && req.method === "PATCH") {
    const b = await body(req);
    const row = openRow(id);
    const pickers = Array.isArray(b.pickers) ? b.pickers.map(String) : [];
    const unknown = pickers.filter((p) => !CREW.has(p));
    if (unknown.length) throw new HttpError(422, `not on today's crew: ${unknown.join(", ")}`);
    row.pickers = pickers;
    return json({ id, pickers });
  }
  if (url.pathname === "/bins" && req.method === "POST") {
    const b = await body(req);
    const row = openRow(String(b.row ?? ""));
    const picker = String(b.picker ?? "");
    if (!row.pickers.includes(picker)) {
      throw new HttpError(422, `${picker} is not on row ${row.id}`);
    }
    if (!GRADES.has(String(b.grade))) throw new HttpError(422, `no grade ${b.grade}`);
    const bin: Bin = {
      tag: `BIN-${++binSeq}`,
      picker,
      kg: Number(b.kg),
      grade: b.grade as Bin["grade"],
      at: Date.now(),
    };
    row.addBin(bin);
    record(bin);
    return json({ tag: bin.tag, row: row.id }, 201);
  }
  if (first === "rows" && id && action === "live") return json(openRow(id).live);
  if (first === "rows" && id && action === "close" && req.method === "POST") {
    openRow(id);
    rows.remove(id);
    return json(rows.closedRow(id));
  }
  // the tablets keep polling a row for a while after it is finished
  if (first === "rows" && id && action === "display") {
    const open = rows.get(id);
    if (open) return json({ id, open: true, ...open.live });
    const done = rows.closedRow(id);
    return done ? json({ id, open: false, ...done.live }) : json({ error: `no row ${id}` }, 404);
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`orchard picking on :${port}`),
}, (req) =>
  handle(req).catch((err) => {
    const status = err instanceof HttpError ? err.status : 500;
    return json({ error: (err as Error).message }, status);
  }));
