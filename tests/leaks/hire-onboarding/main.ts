import { every } from "./housekeeping.ts";
import { board, hireView, OnboardingError, startOnboarding, stepDone } from "./onboarding.ts";
import { ReplayCache } from "./replays.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const replays = new ReplayCache(250);
every("replay-sweep", 250, (now) => replays.sweep(now));

const SYSTEMS = new Set(["it", "facilities", "payroll"]);

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
    throw new OnboardingError(400, "bad JSON");
  }
}

async function callback(system: string, req: Request): Promise<Response> {
  const key = req.headers.get("idempotency-key");
  if (!key) return json(400, { error: "Idempotency-Key is required" });
  const scoped = `${system}:${key}`;
  const earlier = replays.lookup(scoped);
  if (earlier) {
    return new Response(earlier.body, {
      status: earlier.status,
      headers: { "content-type": "application/json", "idempotent-replay": "true" },
    });
  }
  let status = 200;
  let payload: unknown;
  try {
    payload = stepDone(system, await readJson(req));
  } catch (err) {
    if (!(err instanceof OnboardingError)) throw err;
    status = err.status;
    payload = { error: err.message };
  }
  const text = JSON.stringify(payload);
  replays.remember(scoped, system, status, text);
  return new Response(text, { status, headers: { "content-type": "application/json" } });
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/board") return json(200, { ...board(), replays: replays.stats });
  if (url.pathname === "/hires" && req.method === "POST") {
    return json(201, startOnboarding(await readJson(req)));
  }
  if (parts[0] === "hires" && parts[1] && req.method === "GET") {
    return json(200, hireView(parts[1]));
  }
  if (parts[0] === "callbacks" && SYSTEMS.has(parts[1]) && req.method === "POST") {
    return await callback(parts[1], req);
  }
  return json(404, { error: "not found" });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`onboarding on :${port}`) },
  async (req) => {
    try {
      return await route(req);
    } catch (err) {
      if (err instanceof OnboardingError) return json(err.status, { error: err.message });
      console.error(err);
      return json(500, { error: "internal error" });
    }
  },
);
