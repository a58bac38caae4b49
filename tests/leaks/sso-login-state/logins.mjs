import { createHmac, randomBytes } from "node:crypto";
import { exchangeCode } from "./idp.mjs";

const COOKIE_SECRET = "dev-only-cookie-secret";
const ALLOWED_RETURN = /^\/(?!\/)[\w\-/?=&.%]*$/;

/**
 * Logins in progress, by OAuth `state`. The SPA makes up the state and the PKCE pair, registers
 * them here, then sends the browser to the IdP, which comes back to /login/callback.
 */
const pendingLogins = new Map();
const counters = { started: 0, completed: 0, failed: 0 };

export class LoginError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function beginLogin({ state, codeVerifier, codeChallenge, returnTo }, client) {
  if (typeof state !== "string" || state.length < 8) throw new LoginError(400, "state required");
  if (pendingLogins.has(state)) throw new LoginError(409, "state already used");
  if (!codeVerifier || !codeChallenge) throw new LoginError(400, "PKCE pair required");
  pendingLogins.set(state, {
    state,
    codeVerifier,
    codeChallenge,
    nonce: randomBytes(16).toString("hex"),
    returnTo: ALLOWED_RETURN.test(returnTo ?? "") ? returnTo : "/",
    startedAt: Date.now(),
    userAgent: client.userAgent,
    ip: client.ip,
  });
  counters.started++;
  return {
    authorizeUrl: `https://id.example.co.uk/realms/staff/protocol/openid-connect/auth?state=${
      encodeURIComponent(state)
    }`,
  };
}

/** The IdP's redirect back. Returns where to send the browser and the cookie to set, if any. */
export function completeLogin(params) {
  const state = params.get("state") ?? "";
  if (params.has("error")) {
    // user pressed "cancel" on the IdP page, or the IdP refused them
    counters.failed++;
    return { location: `/signin?error=${encodeURIComponent(params.get("error"))}` };
  }
  const pending = pendingLogins.get(state);
  if (!pending) throw new LoginError(400, "unknown or expired state");
  pendingLogins.delete(state);

  const tokens = exchangeCode(params.get("code") ?? "", pending);
  if (tokens.error) {
    counters.failed++;
    return { location: `/signin?error=${tokens.error}` };
  }
  if (tokens.claims.nonce !== pending.nonce) throw new LoginError(400, "nonce mismatch");
  counters.completed++;
  return { location: pending.returnTo, cookie: sessionCookie(tokens.claims) };
}

function sessionCookie(claims) {
  const body = Buffer.from(
    JSON.stringify({ sub: claims.sub, email: claims.email, exp: claims.exp }),
  )
    .toString("base64url");
  const mac = createHmac("sha256", COOKIE_SECRET).update(body).digest("base64url");
  return `sid=${body}.${mac}; Path=/; HttpOnly; Secure; SameSite=Lax`;
}

export function loginStats() {
  return { ...counters, pending: pendingLogins.size };
}
