import { createLocalJWKSet, errors, type JWTPayload, jwtVerify } from "jose";
import type { Context, Next } from "koa";

// The identity provider's signing keys (published at its JWKS endpoint, pinned here).
const JWKS = createLocalJWKSet({
  keys: [
    {
      kty: "EC",
      crv: "P-256",
      x: "OmbdFJR-bOEMH8I4P4x6lwXDNMCjvGTkahNeg1exf8o",
      y: "cnJIXFevFXqhl-piQalIA0JihFygwLcoOYmjbjLH_lA",
      kid: "idp-2025-03",
      alg: "ES256",
      use: "sig",
    },
  ],
});

export interface Caller {
  sub: string;
  scopes: Set<string>;
  claims: JWTPayload;
}

interface Decision {
  allowed: boolean;
  reason: string;
  scopes: string[];
  expiresAt: number;
}

/**
 * Verifies bearer tokens (once per token: ES256 verification is the expensive part) and
 * caches authorisation decisions per caller and resource for a minute.
 */
export class Authorizer {
  #verified = new Map<string, Caller>();
  #decisions = new Map<string, Decision>();
  #ttlMs: number;
  stats = { verifications: 0, decisionHits: 0, denied: 0 };

  constructor(ttlMs: number) {
    this.#ttlMs = ttlMs;
  }

  async caller(token: string): Promise<Caller> {
    const known = this.#verified.get(token);
    if (known && (known.claims.exp ?? 0) * 1000 > Date.now()) return known;
    this.#verified.delete(token);
    const { payload } = await jwtVerify(token, JWKS, {
      issuer: "https://id.fleetco.example",
      audience: "fleet-api",
      algorithms: ["ES256"],
    });
    this.stats.verifications++;
    const caller = {
      sub: String(payload.sub),
      scopes: new Set(String(payload.scope ?? "").split(" ").filter(Boolean)),
      claims: payload,
    };
    if (this.#verified.size > 1_000) this.#verified.clear();
    this.#verified.set(token, caller);
    return caller;
  }

  decide(caller: Caller, scope: string, method: string, resource: string): Decision {
    const key = `${caller.sub} ${method} ${resource}`;
    const cached = this.#decisions.get(key);
    if (cached && cached.expiresAt > Date.now()) {
      this.stats.decisionHits++;
      return cached;
    }
    const allowed = caller.scopes.has(scope);
    const decision: Decision = {
      allowed,
      reason: allowed ? `scope ${scope}` : `missing scope ${scope}`,
      scopes: [...caller.scopes],
      expiresAt: Date.now() + this.#ttlMs,
    };
    this.#decisions.set(key, decision);
    return decision;
  }
}

export const authorizer = new Authorizer(60_000);

/** Koa middleware: a valid bearer token with `scope`, else 401/403. */
export function requireScope(scope: string) {
  return async (ctx: Context, next: Next) => {
    const header = ctx.get("authorization");
    if (!header.startsWith("Bearer ")) ctx.throw(401, "bearer token required");
    let caller: Caller;
    try {
      caller = await authorizer.caller(header.slice(7));
    } catch (err) {
      if (err instanceof errors.JOSEError) ctx.throw(401, `invalid token (${err.code})`);
      throw err;
    }
    const decision = authorizer.decide(caller, scope, ctx.method, ctx.path);
    if (!decision.allowed) {
      authorizer.stats.denied++;
      ctx.throw(403, decision.reason);
    }
    ctx.state.caller = caller;
    await next();
  };
}
