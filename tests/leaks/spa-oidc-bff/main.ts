import { exchangeCode } from "./idp.ts";
import { pendingCount, register, take } from "./pending.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const IDP_AUTHORIZE = "https://idp.dev.local/authorize";
const CLIENT_ID = "shop-spa";
const sessionKey = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, [
  "sign",
]);

/** The session lives in a signed cookie only: signing out is dropping the cookie. */
async function sessionCookie(claims: { sub: string; email: string }): Promise<string> {
  const payload = btoa(JSON.stringify({ ...claims, exp: Date.now() + 8 * 3_600_000 }));
  const mac = await crypto.subtle.sign("HMAC", sessionKey, new TextEncoder().encode(payload));
  const sig = btoa(String.fromCharCode(...new Uint8Array(mac)));
  return `session=${payload}.${sig}; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=28800`;
}

const outcomes = { signedIn: 0, denied: 0, failed: 0 };

async function route(req: Request, url: URL): Promise<Response> {
  if (req.method === "POST" && url.pathname === "/auth/start") {
    const body = await req.json().catch(() => ({}));
    if (typeof body.state !== "string" || String(body.codeVerifier ?? "").length < 43) {
      return Response.json({ error: "state and a 43+ character codeVerifier" }, { status: 400 });
    }
    const login = await register(body.state, body.codeVerifier, String(body.returnTo ?? "/"));
    const authorize = new URL(IDP_AUTHORIZE);
    authorize.search = new URLSearchParams({
      client_id: CLIENT_ID,
      response_type: "code",
      scope: "openid email profile",
      state: login.state,
      code_challenge: login.codeChallenge,
      code_challenge_method: "S256",
      redirect_uri: `http://127.0.0.1:${port}/auth/callback`,
    }).toString();
    return Response.json({ authorizeUrl: authorize.href });
  }
  if (req.method === "GET" && url.pathname === "/auth/callback") {
    const login = take(url.searchParams.get("state") ?? "");
    if (!login) {
      outcomes.failed++;
      return Response.json({ error: "unknown or expired state" }, { status: 400 });
    }
    const error = url.searchParams.get("error");
    if (error) {
      outcomes.denied++;
      return Response.json({ error }, { status: 400 });
    }
    const result = await exchangeCode(
      url.searchParams.get("code") ?? "",
      login.codeVerifier,
      login.codeChallenge,
    );
    if ("error" in result) {
      outcomes.failed++;
      return Response.json(result, { status: 400 });
    }
    outcomes.signedIn++;
    return new Response(null, {
      status: 302,
      headers: { location: login.returnTo, "set-cookie": await sessionCookie(result) },
    });
  }
  if (req.method === "POST" && url.pathname === "/auth/logout") {
    return new Response(null, {
      status: 204,
      headers: { "set-cookie": "session=; HttpOnly; Secure; Path=/; Max-Age=0" },
    });
  }
  if (req.method === "GET" && url.pathname === "/auth/stats") {
    return Response.json({ pending: pendingCount(), ...outcomes });
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
