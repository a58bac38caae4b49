import { authenticate, close, register } from "./accounts.ts";
import { RefreshTokenFamily } from "./families.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const ACCESS_TTL_S = 600;
const accessKey = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, [
  "sign",
]);
const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const enc = new TextEncoder();

async function accessToken(sub: string, device: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const head = b64url(enc.encode(JSON.stringify({ alg: "HS256", typ: "JWT" })));
  const body = b64url(
    enc.encode(JSON.stringify({ sub, device, iat: now, exp: now + ACCESS_TTL_S })),
  );
  const mac = await crypto.subtle.sign("HMAC", accessKey, enc.encode(`${head}.${body}`));
  return `${head}.${body}.${b64url(new Uint8Array(mac))}`;
}

async function tokenResponse(userId: string, device: string, refreshToken: string) {
  return Response.json({
    token_type: "Bearer",
    access_token: await accessToken(userId, device),
    expires_in: ACCESS_TTL_S,
    refresh_token: refreshToken,
  }, { headers: { "cache-control": "no-store" } });
}

async function route(req: Request, url: URL): Promise<Response> {
  const body = req.method === "POST" ? await req.json().catch(() => ({})) : {};
  if (req.method === "POST" && url.pathname === "/accounts") {
    if (typeof body.username !== "string" || String(body.password ?? "").length < 8) {
      return Response.json({ error: "username and a password of 8+ characters" }, { status: 400 });
    }
    const account = await register(body.username, body.password);
    return account
      ? Response.json({ username: account.username }, { status: 201 })
      : Response.json({ error: "taken" }, { status: 409 });
  }
  if (req.method === "POST" && url.pathname === "/oauth/token") {
    if (body.grant_type === "password") {
      const account = await authenticate(String(body.username), String(body.password));
      if (!account) return Response.json({ error: "invalid_grant" }, { status: 401 });
      const device = String(body.device ?? "unknown").slice(0, 40);
      return tokenResponse(
        account.username,
        device,
        await RefreshTokenFamily.start(account.username, device),
      );
    }
    if (body.grant_type === "refresh_token") {
      const next = await RefreshTokenFamily.rotate(String(body.refresh_token));
      if (!next) return Response.json({ error: "invalid_grant" }, { status: 401 });
      return tokenResponse(next.userId, String(body.device ?? "unknown"), next.token);
    }
    return Response.json({ error: "unsupported_grant_type" }, { status: 400 });
  }
  const acct = /^\/accounts\/([\w.-]+)\/(sign-out-everywhere|close)$/.exec(url.pathname);
  if (req.method === "POST" && acct) {
    const account = await authenticate(acct[1], String(body.password));
    if (!account) return Response.json({ error: "password required" }, { status: 401 });
    const revoked = RefreshTokenFamily.revokeAllFor(account.username);
    if (acct[2] === "close") close(account.username);
    return Response.json({
      username: account.username,
      revokedFamilies: revoked,
      closed: acct[2] === "close",
    });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve({ port, hostname: "127.0.0.1", onListen: () => {} }, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  try {
    return await route(req, url);
  } catch (err) {
    return Response.json({ error: String(err) }, { status: 500 });
  }
});
