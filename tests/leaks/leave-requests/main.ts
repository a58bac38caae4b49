import { balance, cancel, decide, LeaveError, ops, submit, teamMonth, view } from "./leave.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function readJson(req: Request): Promise<Record<string, unknown>> {
  const text = await req.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new LeaveError(400, "bad JSON");
  }
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/ops") return json(200, ops());
  if (url.pathname === "/requests" && req.method === "POST") {
    return json(201, submit(await readJson(req)));
  }
  if (parts[0] === "requests" && parts[1]) {
    if (parts.length === 2 && req.method === "GET") return json(200, view(parts[1]));
    if (parts[2] === "decision" && req.method === "POST") {
      return json(200, decide(parts[1], await readJson(req)));
    }
    if (parts[2] === "cancel" && req.method === "POST") {
      return json(200, cancel(parts[1], await readJson(req)));
    }
  }
  if (parts[0] === "teams" && parts[2] === "calendar") {
    return json(200, teamMonth(parts[1], url.searchParams.get("month") ?? ""));
  }
  if (parts[0] === "balances" && parts[1]) return json(200, balance(parts[1]));
  return json(404, { error: "not found" });
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`leave requests on :${port}`),
}, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof LeaveError) return json(err.status, { error: err.message });
    console.error(err);
    return json(500, { error: "internal error" });
  }
});
