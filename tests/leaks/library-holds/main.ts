import { isBranch, recentActivity, record } from "./activity.ts";
import { catalogStats, lookupEdition, normaliseRecord } from "./catalog.ts";
import { cancelHold, type Hold, HoldError, placeHold, queueOf } from "./holds.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8515;

const HOLDS = new URLPattern({ pathname: "/titles/:isbn/holds" });
const CANCEL = new URLPattern({ pathname: "/titles/:isbn/holds/:patron/cancel" });
const EDITION = new URLPattern({ pathname: "/catalog/records/:record" });
const ACTIVITY = new URLPattern({ pathname: "/branches/:branch/activity" });

/** Requests still running when SIGTERM arrives are told to wrap up. */
const lifecycle = new EventTarget();
const requestCounts: Record<string, number> = { holds: 0, cancel: 0, catalog: 0, activity: 0 };

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const body = await req.json().catch(() => null);
  if (!body || typeof body !== "object") throw new HoldError(400, "expected a JSON object");
  return body as Record<string, unknown>;
}

async function route(req: Request, url: URL, signal: AbortSignal): Promise<Response> {
  const cancel = CANCEL.exec(url);
  if (cancel && req.method === "POST") {
    requestCounts.cancel++;
    const { isbn, patron } = cancel.pathname.groups;
    const hold = cancelHold(isbn!, patron!);
    record(hold.branch, "cancel", `${patron} cancelled ${isbn}`);
    return Response.json(queueOf(isbn!));
  }
  const holds = HOLDS.exec(url);
  if (holds) {
    requestCounts.holds++;
    const isbn = holds.pathname.groups.isbn!;
    if (req.method === "GET") return Response.json(queueOf(isbn));
    if (req.method === "POST") {
      const body = await readJson(req);
      const branch = String(body.branch ?? "");
      if (!isBranch(branch)) throw new HoldError(422, `no branch ${branch}`);
      const hold: Hold = {
        patron: String(body.patron ?? ""),
        branch,
        placedAt: Date.now(),
        notify: body.notify === "sms" ? "sms" : body.notify === "app" ? "app" : "email",
      };
      if (!/^P-\d{1,10}$/.test(hold.patron)) throw new HoldError(422, "bad patron number");
      const position = placeHold(isbn, hold);
      record(branch, "hold", `${hold.patron} placed a hold on ${isbn} (#${position})`);
      return Response.json({ position, ...queueOf(isbn) }, { status: 201 });
    }
  }
  const edition = EDITION.exec(url);
  if (edition && req.method === "GET") {
    requestCounts.catalog++;
    const record = normaliseRecord(edition.pathname.groups.record!);
    if (!record) throw new HoldError(422, "not a catalogue record number");
    const found = await lookupEdition(record);
    if (signal.aborted) throw new HoldError(503, "shutting down");
    return Response.json(found);
  }
  const activity = ACTIVITY.exec(url);
  if (activity && req.method === "GET") {
    requestCounts.activity++;
    return Response.json(recentActivity(activity.pathname.groups.branch!));
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  if (url.pathname === "/internal/stats") {
    return Response.json({ requests: requestCounts, catalog: catalogStats() });
  }
  const controller = new AbortController();
  const onShutdown = () => controller.abort();
  lifecycle.addEventListener("shutdown", onShutdown);
  try {
    return await route(req, url, controller.signal);
  } finally {
    lifecycle.removeEventListener("shutdown", onShutdown);
  }
}

const server = Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`library-holds on http://${hostname}:${port}`),
}, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    if (err instanceof HoldError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});

Deno.addSignalListener("SIGTERM", async () => {
  lifecycle.dispatchEvent(new Event("shutdown"));
  await server.shutdown();
  Deno.exit(0);
});
