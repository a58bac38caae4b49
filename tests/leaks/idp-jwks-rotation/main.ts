import { configureJwks, jwksCache, verifyIdToken } from "./jwks.ts";
import { ISSUER, jwks, redeemCode, rotateSigningKey } from "./idp_stub.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const CLIENT_ID = "orders-web";
configureJwks(`http://127.0.0.1:${port}/idp/.well-known/jwks.json`);

const sessionKey = await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, [
  "sign",
]);

async function sessionCookie(sub: string, email: string): Promise<string> {
  const payload = btoa(JSON.stringify({ sub, email, exp: Date.now() + 3_600_000 }));
  const mac = await crypto.subtle.sign("HMAC", sessionKey, new TextEncoder().encode(payload));
  const sig = btoa(String.fromCharCode(...new Uint8Array(mac)));
  return `sid=${payload}.${sig}; HttpOnly; Secure; SameSite=Lax; Path=/`;
}

async function route(req: Request, url: URL): Promise<Response> {
  // The IdP's side (the development stub mounted in the same process).
  if (req.method === "GET" && url.pathname === "/idp/.well-known/jwks.json") {
    return Response.json(await jwks(), { headers: { "cache-control": "max-age=300" } });
  }
  if (req.method === "POST" && url.pathname === "/idp/admin/rotate-keys") {
    return Response.json({ kid: await rotateSigningKey() });
  }
  // The application's side.
  if (req.method === "POST" && url.pathname === "/auth/exchange") {
    const body = await req.json().catch(() => ({}));
    if (typeof body.code !== "string") {
      return Response.json({ error: "invalid_request" }, { status: 400 });
    }
    const idToken = await redeemCode(body.code, CLIENT_ID);
    if (!idToken) return Response.json({ error: "invalid_grant" }, { status: 400 });
    const claims = await verifyIdToken(idToken, { issuer: ISSUER, audience: CLIENT_ID });
    if (!claims) return Response.json({ error: "invalid id_token" }, { status: 401 });
    return Response.json(
      { user: claims.sub, email: claims.email },
      { headers: { "set-cookie": await sessionCookie(claims.sub, claims.email) } },
    );
  }
  if (req.method === "GET" && url.pathname === "/auth/keys") {
    return Response.json({
      fetchedAt: jwksCache.fetchedAt,
      kids: jwksCache.keys.map((k) => k.kid),
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
