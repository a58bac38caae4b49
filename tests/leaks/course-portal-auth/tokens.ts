/**
 * Refresh and access tokens for the course portal's apps. Refresh tokens rotate on every use;
 * the one just replaced is still honoured for GRACE_MS, because the app's tabs and widgets
 * refresh at the same moment and the slower ones would otherwise sign the student out.
 * Access tokens are signed (HMAC-SHA256) and live ACCESS_TTL_MS.
 */

export class AuthError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export interface Claims {
  sub: string;
  name: string;
  email: string;
  roles: string[];
  courses: { code: string; title: string; role: "student" | "tutor" }[];
}

export interface Grant {
  id: string;
  client: string;
  device: string;
  scopes: string[];
  claims: Claims;
  issuedAt: number;
  rotations: number;
}

interface Recent {
  grant: Grant;
  rotatedAt: number;
  successor: string;
}

const GRACE_MS = 200;
const ACCESS_TTL_MS = 5 * 60 * 1000;

const encoder = new TextEncoder();

function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(
    /=+$/,
    "",
  );
}

function randomToken(): string {
  return base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export class TokenService {
  #refresh = new Map<string, Grant>();
  #recent = new Map<string, Recent>();
  #key: Promise<CryptoKey>;
  #issued = 0;

  constructor() {
    this.#key = crypto.subtle.importKey(
      "raw",
      crypto.getRandomValues(new Uint8Array(32)),
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign", "verify"],
    );
  }

  async issue(grant: Grant) {
    const refreshToken = randomToken();
    this.#refresh.set(refreshToken, grant);
    this.#issued++;
    return { refreshToken, accessToken: await this.#sign(grant) };
  }

  /** Swaps a refresh token for a new pair; the old one keeps working for a moment. */
  async rotate(presented: string) {
    let token = presented;
    const grant = this.#refresh.get(token);
    if (!grant) {
      // another tab already rotated it: hand out the pair it got
      const recent = this.#recent.get(token);
      if (!recent) throw new AuthError(401, "refresh token not recognised");
      return { refreshToken: recent.successor, accessToken: await this.#sign(recent.grant) };
    }
    this.#refresh.delete(token);
    grant.rotations++;
    const successor = randomToken();
    this.#recent.set(token, { grant, rotatedAt: Date.now(), successor });
    setTimeout(() => this.#recent.delete(token), GRACE_MS);
    token = successor;
    this.#refresh.set(token, grant);
    return { refreshToken: token, accessToken: await this.#sign(grant) };
  }

  revoke(refreshToken: string): boolean {
    return this.#refresh.delete(refreshToken);
  }

  async verify(accessToken: string): Promise<Claims & { grant: string; exp: number }> {
    const [body, signature] = accessToken.split(".");
    if (!body || !signature) throw new AuthError(401, "malformed access token");
    const sig = Uint8Array.from(
      atob(signature.replace(/-/g, "+").replace(/_/g, "/")),
      (c) => c.charCodeAt(0),
    );
    const ok = await crypto.subtle.verify("HMAC", await this.#key, sig, encoder.encode(body));
    if (!ok) throw new AuthError(401, "bad signature");
    const payload = JSON.parse(atob(body.replace(/-/g, "+").replace(/_/g, "/")));
    if (payload.exp < Date.now()) throw new AuthError(401, "access token expired");
    return payload;
  }

  get stats() {
    return { active: this.#refresh.size, issued: this.#issued };
  }

  async #sign(grant: Grant): Promise<string> {
    const payload = { ...grant.claims, grant: grant.id, exp: Date.now() + ACCESS_TTL_MS };
    const body = base64url(encoder.encode(JSON.stringify(payload)));
    const sig = await crypto.subtle.sign("HMAC", await this.#key, encoder.encode(body));
    return `${body}.${base64url(new Uint8Array(sig))}`;
  }
}
