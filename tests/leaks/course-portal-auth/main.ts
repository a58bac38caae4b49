import { DeviceSessions } from "./devices.ts";
import { AuthError, TokenService } from "./tokens.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const tokens = new TokenService();
const devices = new DeviceSessions(tokens);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

function deviceOf(req: Request): string {
  const device = req.headers.get("x-device-id");
  if (!device) throw new AuthError(400, "x-device-id is required");
  return device;
}

async function route(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/login" && req.method === "POST") {
    const body = await req.json();
    const result = await devices.signIn(
      String(body.username ?? ""),
      String(body.password ?? ""),
      String(body.device ?? ""),
      req.headers.get("user-agent") ?? "unknown",
    );
    return json(200, result);
  }
  if (url.pathname === "/session/refresh" && req.method === "POST") {
    return json(200, await devices.refresh(deviceOf(req)));
  }
  if (url.pathname === "/me") return json(200, await devices.me(deviceOf(req)));
  if (url.pathname === "/logout" && req.method === "POST") {
    return json(200, { signedOut: devices.signOut(deviceOf(req)) });
  }
  if (url.pathname === "/ops/sessions") {
    return json(200, { devices: devices.size, tokens: tokens.stats });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1" }, async (req) => {
  try {
    return await route(req);
  } catch (err) {
    if (err instanceof AuthError) return json(err.status, { error: err.message });
    if (err instanceof SyntaxError) return json(400, { error: "bad JSON" });
    return json(500, { error: (err as Error).message });
  }
});
