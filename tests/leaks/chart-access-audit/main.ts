import { AccessTracker, type OpenRequest } from "./access.ts";
import { auditStats, recentEvents } from "./audit.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const tracker = new AccessTracker();

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function userOf(req: Request): string | null {
  return req.headers.get("x-user");
}

async function readBody<T>(req: Request): Promise<T | null> {
  try {
    return await req.json() as T;
  } catch {
    return null;
  }
}

/** The chart itself comes from the EHR; this service only shows who else has it open. */
function chartSummary(mrn: string) {
  const others = tracker.openFor(mrn);
  return {
    mrn,
    openBy: others.map((a) => ({
      user: a.user,
      since: new Date(a.openedAt).toISOString(),
      breakGlass: a.breakGlass,
      sections: a.sections,
    })),
  };
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, { ...tracker.stats(), ...auditStats() });
  if (url.pathname === "/audit/recent") {
    return json(200, recentEvents(Number(url.searchParams.get("limit") ?? 20)));
  }

  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] !== "charts" || !parts[1]) return json(404, { error: "not found" });
  const mrn = decodeURIComponent(parts[1]);
  if (parts.length === 2 && req.method === "GET") return json(200, chartSummary(mrn));

  const user = userOf(req);
  if (!user) return json(401, { error: "x-user required" });

  if (parts[2] === "open" && req.method === "POST") {
    const body = await readBody<OpenRequest>(req);
    const access = tracker.open(user, mrn, body ?? {});
    return json(201, { mrn, user: access.user, openedAt: access.openedAt });
  }
  if (parts[2] === "sections" && req.method === "PATCH") {
    const body = await readBody<{ section?: string }>(req);
    if (!body?.section) return json(400, { error: "section required" });
    const access = tracker.viewSection(user, mrn, body.section);
    if (!access) return json(409, { error: "chart is not open" });
    return json(200, { sections: access.sections });
  }
  if (parts[2] === "close" && req.method === "POST") {
    tracker.close(user, mrn);
    return new Response(null, { status: 204 });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  try {
    return await handle(req);
  } catch (err) {
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
