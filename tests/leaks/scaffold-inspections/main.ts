import { buildApp } from "./app.ts";
import { InspectionError } from "./inspection.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const app = buildApp();

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  const by = req.headers.get("x-inspector") ?? "inspector";
  try {
    if (url.pathname === "/healthz") return json(200, { ok: true });
    if (url.pathname === "/inspections" && req.method === "POST") {
      const body = await req.json();
      const out = await app.send({ name: "StartInspection", target: body.id, payload: body, by });
      return json(201, out);
    }
    if (parts[0] === "inspections" && parts[1] && parts.length === 2 && req.method === "PATCH") {
      const out = await app.send({
        name: "RecordFindings",
        target: parts[1],
        payload: await req.json(),
        by,
      });
      return json(200, out);
    }
    if (parts[0] === "inspections" && parts[2] === "sign-off" && req.method === "POST") {
      const out = await app.send({
        name: "SignOff",
        target: parts[1],
        payload: await req.json(),
        by,
      });
      return json(200, out);
    }
    if (parts[0] === "inspections" && parts[2] === "report") {
      const html = app.certificates.get(parts[1]);
      if (!html) return json(404, { error: "no report (signed off more than 16 reports ago?)" });
      return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
    }
    if (parts[0] === "scaffolds" && parts[1]) {
      const row = app.board.rows.get(parts[1]);
      return row ? json(200, row) : json(404, { error: "no such scaffold" });
    }
    if (url.pathname === "/ops") {
      return json(200, {
        open: app.open.rows.size,
        streams: app.store.streams,
        projector: app.projector.lag,
        queued: app.queue.depth(),
        reports: app.certificates.size,
        warningListeners: app.hooks.count("warning"),
        recent: app.recent.recent.slice(0, 5),
      });
    }
    return json(404, { error: "not found" });
  } catch (err) {
    const status = err instanceof InspectionError
      ? err.status
      : err instanceof SyntaxError
      ? 400
      : 500;
    return json(status, { error: (err as Error).message });
  }
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, handle);
console.log(`scaffold inspections on :${port}`);
