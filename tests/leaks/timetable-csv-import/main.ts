import { importCsv, inflight, recentImports } from "./csv_import.ts";
import { departuresAt } from "./departures.ts";

const portFlag = Deno.args.find((a) => a.startsWith("--port="));
const port = portFlag ? Number(portFlag.slice("--port=".length)) : 8071;

let seq = 0;

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const feedImport = url.pathname.match(/^\/feeds\/([\w-]+)\/imports$/);
  if (feedImport && req.method === "POST") {
    if (!req.body) return Response.json({ error: "CSV body required" }, { status: 400 });
    const id = `imp-${++seq}`;
    try {
      const summary = await importCsv(id, feedImport[1], req.body);
      return Response.json(summary, { status: 201 });
    } catch (err) {
      return Response.json({ id, error: (err as Error).message }, { status: 422 });
    }
  }
  const stop = url.pathname.match(/^\/stops\/([\w-]+)\/departures$/);
  if (stop) return Response.json({ stop: stop[1], departures: departuresAt(stop[1]) });
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/imports/recent") {
    return Response.json({ running: inflight.size, recent: recentImports.slice(-10) });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`timetable import on 127.0.0.1:${port}`),
}, handle);
