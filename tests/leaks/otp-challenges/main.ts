import { type Challenge, EmailChallenges } from "./challenges.ts";
import { mailStats } from "./mailer.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const challenges = new EmailChallenges();
const PURPOSES = new Set(["login", "step-up", "recovery"]);

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json" },
  });
}

async function body(req: Request): Promise<Record<string, unknown>> {
  try {
    return await req.json();
  } catch {
    return {};
  }
}

async function handle(req: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json(200, { ok: true });
  if (url.pathname === "/stats") return json(200, { ...challenges.stats(), mail: mailStats() });

  if (url.pathname === "/mfa/email/start" && req.method === "POST") {
    const b = await body(req);
    const email = typeof b.email === "string" ? b.email : "";
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return json(400, { error: "bad email" });
    const purpose = (PURPOSES.has(String(b.purpose)) ? b.purpose : "login") as Challenge[
      "purpose"
    ];
    const addr = info.remoteAddr as Deno.NetAddr;
    const c = challenges.start(email, purpose, {
      userAgent: req.headers.get("user-agent") ?? "",
      ip: addr.hostname,
      device: typeof b.device === "string" ? b.device : undefined,
    });
    return json(202, { challenge: c.id, expiresAt: new Date(c.expiresAt).toISOString() });
  }

  if (url.pathname === "/mfa/email/verify" && req.method === "POST") {
    const b = await body(req);
    const result = challenges.verify(String(b.email ?? ""), String(b.code ?? ""));
    if (!result.ok) return json(result.reason === "locked" ? 429 : 401, result);
    return json(200, { ...result, session: crypto.randomUUID() });
  }
  return json(404, { error: "not found" });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, handle);
