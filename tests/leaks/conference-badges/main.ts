import { BadgeError, checkIn, checkOut, deskStats } from "./badges.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/desk") return json(200, deskStats());
  if (url.pathname === "/checkins" && req.method === "POST") {
    let body;
    try {
      body = await req.json();
    } catch {
      return json(400, { error: "bad JSON" });
    }
    return json(201, await checkIn(body, req.headers.get("x-station") ?? "desk-1"));
  }
  if (parts[0] === "checkins" && parts[1] && parts[2] === "out" && req.method === "POST") {
    return json(200, checkOut(parts[1]));
  }
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`badge desk on :${port}`) },
  (req) =>
    handle(req).catch((err) =>
      err instanceof BadgeError
        ? json(err.status, { error: err.message })
        : json(500, { error: String(err) })
    ),
);
