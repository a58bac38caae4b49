import { laneStatus, openSession, recent, recordReceipt } from "./lanes.ts";
import { SelfScanSession } from "./self-scan.ts";
import { findSession, SessionError } from "./sessions.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8851;

async function json<T>(req: Request): Promise<T> {
  try {
    return await req.json() as T;
  } catch {
    throw new SessionError(400, "body must be JSON");
  }
}

function session(id: string) {
  const found = findSession(id);
  if (!found) throw new SessionError(404, `no session ${id}`);
  return found;
}

async function handle(req: Request, url: URL): Promise<Response> {
  const lanePath = /^\/lanes\/(\d+)(\/sessions)?$/.exec(url.pathname);
  if (lanePath && lanePath[2] && req.method === "POST") {
    const created = openSession(Number(lanePath[1]), await json(req));
    return Response.json({ id: created.id, lane: created.lane, kind: created.kind }, {
      status: 201,
    });
  }
  if (lanePath && !lanePath[2] && req.method === "GET") {
    return Response.json(laneStatus(Number(lanePath[1])));
  }

  const items = /^\/sessions\/([\w-]+)\/items$/.exec(url.pathname);
  if (items && req.method === "POST") {
    const body = await json<{ ean: string; qty?: number; grams?: number; scaleGrams?: number }>(
      req,
    );
    const s = session(items[1]);
    const line = s.scan(body.ean, body.qty, body.grams);
    if (s instanceof SelfScanSession && body.scaleGrams !== undefined) {
      s.recordScale(body.scaleGrams);
    }
    return Response.json({ item: line.product.name, cents: line.cents, total: s.totalCents() });
  }

  const approve = /^\/sessions\/([\w-]+)\/approve$/.exec(url.pathname);
  if (approve && req.method === "POST") {
    const s = session(approve[1]);
    if (!(s instanceof SelfScanSession)) throw new SessionError(400, "not a self-scan session");
    s.approvedBy = (await json<{ host?: string }>(req)).host ?? "host";
    return Response.json({ approved: true });
  }

  const pay = /^\/sessions\/([\w-]+)\/pay$/.exec(url.pathname);
  if (pay && req.method === "POST") {
    const body = await json<{ method?: string }>(req);
    const receipt = session(pay[1]).close(body.method ?? "card");
    recordReceipt(receipt);
    return Response.json(receipt);
  }

  if (url.pathname === "/receipts/recent" && req.method === "GET") {
    return Response.json(recent(Number(url.searchParams.get("n") ?? 10)));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`self-checkout on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof SessionError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
