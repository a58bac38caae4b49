import { CallBoard, CallError, type CallKind } from "./calls.ts";
import { pagerLog } from "./wards.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const board = new CallBoard();
const KINDS: CallKind[] = ["assist", "toilet", "pain", "emergency"];

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);

  if (url.pathname === "/healthz") return json({ ok: true });

  // POST /wards/4B/beds/12/calls
  if (
    parts[0] === "wards" && parts[2] === "beds" && parts[4] === "calls" && req.method === "POST"
  ) {
    const body = await req.json() as { call?: string; kind?: CallKind; note?: string };
    if (!body.call) return json({ error: "call id required" }, 400);
    const kind = KINDS.includes(body.kind!) ? body.kind! : "assist";
    return json(board.raise(parts[1], Number(parts[3]), body.call, kind, body.note ?? ""), 201);
  }

  if (parts[0] === "wards" && parts[1] && parts.length === 2 && req.method === "GET") {
    return json(board.board(parts[1]));
  }

  if (parts[0] === "calls" && parts[1] && req.method === "PATCH") {
    const body = await req.json() as { ackedBy?: string };
    if (!body.ackedBy) return json({ error: "ackedBy required" }, 400);
    return json(board.acknowledge(parts[1], body.ackedBy));
  }

  if (parts[0] === "calls" && parts[1] && parts[2] === "resolve" && req.method === "POST") {
    return json(board.resolve(parts[1]));
  }

  if (url.pathname === "/pages") return json(pagerLog.slice(0, 10));

  return json({ error: "not found" }, 404);
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => {} },
  (req) =>
    handle(req).catch((err) => {
      const status = err instanceof CallError ? err.status : 500;
      return json({ error: (err as Error).message }, status);
    }),
);
console.log(`nurse call bells on :${port}`);
