import { accountCount, verify } from "./accounts.ts";
import { findSession, openSession, sessionCount } from "./sessions.ts";
import { lockedAccounts, lockedFor, recordFailure, recordSuccess } from "./throttle.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8440;

const counters = { ok: 0, denied: 0, locked: 0 };

interface SignIn {
  email?: unknown;
  password?: unknown;
  device?: { os?: unknown; app?: unknown };
}

function clientIp(req: Request, info: Deno.ServeHandlerInfo): string {
  const forwarded = req.headers.get("x-forwarded-for");
  if (forwarded) return forwarded.split(",")[0].trim();
  const addr = info.remoteAddr as Deno.NetAddr;
  return addr.hostname;
}

async function signIn(req: Request, info: Deno.ServeHandlerInfo): Promise<Response> {
  let body: SignIn;
  try {
    body = await req.json();
  } catch {
    return Response.json({ error: "body must be JSON" }, { status: 400 });
  }
  const { email, password } = body;
  if (typeof email !== "string" || typeof password !== "string" || !email.includes("@")) {
    return Response.json({ error: "email and password are required" }, { status: 400 });
  }
  const now = Date.now();
  const wait = lockedFor(email, now);
  if (wait > 0) {
    counters.locked++;
    return Response.json({ error: "too many attempts" }, {
      status: 429,
      headers: { "retry-after": String(Math.ceil(wait / 1000)) },
    });
  }
  const userAgent = req.headers.get("user-agent") ?? "unknown";
  const account = await verify(email, password);
  if (!account) {
    counters.denied++;
    recordFailure(email, {
      at: now,
      ip: clientIp(req, info),
      userAgent,
      device: body.device
        ? { os: String(body.device.os ?? ""), app: String(body.device.app ?? "") }
        : undefined,
    });
    return Response.json({ error: "wrong email or password" }, { status: 401 });
  }
  counters.ok++;
  recordSuccess(email);
  const session = openSession(account, userAgent);
  return Response.json({ token: session.token, name: account.name, roles: account.roles }, {
    status: 201,
  });
}

async function handle(req: Request, url: URL, info: Deno.ServeHandlerInfo): Promise<Response> {
  if (url.pathname === "/sessions" && req.method === "POST") return await signIn(req, info);
  if (url.pathname === "/me" && req.method === "GET") {
    const token = req.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
    const session = findSession(token);
    return session
      ? Response.json({ accountId: session.accountId, since: session.createdAt })
      : Response.json({ error: "not signed in" }, { status: 401 });
  }
  if (url.pathname === "/security/summary" && req.method === "GET") {
    return Response.json({
      accounts: accountCount(),
      sessions: sessionCount(),
      signIns: counters,
      locked: lockedAccounts(),
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`signin-guard on http://${hostname}:${port}`),
}, async (req, info) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return Response.json({ ok: true });
  try {
    return await handle(req, url, info);
  } catch (err) {
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});
