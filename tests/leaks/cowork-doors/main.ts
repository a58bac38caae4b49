import {
  blocks,
  decide,
  decisionCounts,
  DOORS,
  lockDown,
  recentDecisions,
  suspendBadge,
} from "./access.ts";
import { issueGuestPass, memberById, openGuestPasses } from "./members.ts";
import { leaves } from "./tree.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8471;

// A badge reported lost last week stays suspended until the member collects a new one.
suspendBadge("M-117", 7 * 24 * 60, "reported lost");

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function body(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    return {};
  }
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`cowork-doors on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });

  const swipe = /^\/doors\/([a-z0-9-]+)\/swipe$/.exec(url.pathname);
  if (swipe && req.method === "POST") {
    const door = swipe[1];
    if (!DOORS.includes(door)) return json({ error: "unknown door" }, 404);
    const { badge } = await body(req);
    if (typeof badge !== "string" || !badge) return json({ error: "badge required" }, 422);
    const decision = decide(door, badge);
    return json({ open: decision.result === "open", reason: decision.reason }, 200);
  }

  if (url.pathname === "/guests" && req.method === "POST") {
    const { code, host, name } = await body(req);
    const member = memberById.get(String(host));
    if (!member || typeof code !== "string") return json({ error: "code and host" }, 422);
    const pass = issueGuestPass(code, member, String(name ?? "guest"));
    return json({ code: pass.code, doors: pass.doors }, 201);
  }

  if (url.pathname === "/lockdowns" && req.method === "POST") {
    const { door, minutes } = await body(req);
    if (!DOORS.includes(String(door))) return json({ error: "unknown door" }, 404);
    lockDown(String(door), Number(minutes ?? 15));
    return json({ ok: true }, 201);
  }

  const log = /^\/doors\/([a-z0-9-]+)\/log$/.exec(url.pathname);
  if (log) {
    const limit = Math.min(Number(url.searchParams.get("limit") ?? 20), 50);
    return json(recentDecisions(log[1], limit));
  }

  if (url.pathname === "/blocks") return json(leaves(blocks));

  if (url.pathname === "/status") {
    return json({ decisions: decisionCounts(), openGuestPasses: openGuestPasses() });
  }
  return json({ error: "not found" }, 404);
});
