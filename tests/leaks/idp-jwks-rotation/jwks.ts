// Verifies the IdP's ID tokens against its published keys, fetched when a token names a key
// the cache does not know (the IdP rotated).

interface CachedKey {
  kid: string;
  alg: string;
  jwk: JsonWebKey;
  key: CryptoKey;
  fetchedAt: number;
}

export const jwksCache = { url: "", fetchedAt: 0, keys: [] as CachedKey[] };
let refreshing: Promise<void> | undefined;

export function configureJwks(url: string) {
  jwksCache.url = url;
}

async function refresh(): Promise<void> {
  const res = await fetch(jwksCache.url, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`JWKS fetch failed: ${res.status}`);
  const body = await res.json() as { keys: (JsonWebKey & { kid: string; alg: string })[] };
  const fetchedAt = Date.now();
  // Keep what we had: tokens signed with a key the IdP no longer publishes stay valid until
  // they expire.
  for (const jwk of body.keys) {
    const key = await crypto.subtle.importKey(
      "jwk",
      jwk,
      { name: "ECDSA", namedCurve: "P-256" },
      false,
      ["verify"],
    );
    jwksCache.keys.push({ kid: jwk.kid, alg: jwk.alg, jwk, key, fetchedAt });
  }
  jwksCache.fetchedAt = fetchedAt;
}

async function keyFor(kid: string): Promise<CachedKey | undefined> {
  const known = jwksCache.keys.find((k) => k.kid === kid);
  if (known) return known;
  refreshing ??= refresh().finally(() => (refreshing = undefined));
  await refreshing;
  return jwksCache.keys.find((k) => k.kid === kid);
}

const decoder = new TextDecoder();
const fromB64url = (s: string) =>
  Uint8Array.from(atob(s.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));

export interface IdClaims {
  iss: string;
  aud: string;
  sub: string;
  email: string;
  exp: number;
}

export async function verifyIdToken(
  token: string,
  expected: { issuer: string; audience: string },
): Promise<IdClaims | undefined> {
  const [h, c, s] = token.split(".");
  if (!h || !c || !s) return undefined;
  const header = JSON.parse(decoder.decode(fromB64url(h)));
  if (header.alg !== "ES256" || typeof header.kid !== "string") return undefined;
  const cached = await keyFor(header.kid);
  if (!cached) return undefined;
  const ok = await crypto.subtle.verify(
    { name: "ECDSA", hash: "SHA-256" },
    cached.key,
    fromB64url(s),
    new TextEncoder().encode(`${h}.${c}`),
  );
  if (!ok) return undefined;
  const claims = JSON.parse(decoder.decode(fromB64url(c))) as IdClaims;
  if (claims.iss !== expected.issuer || claims.aud !== expected.audience) return undefined;
  return claims.exp * 1000 > Date.now() ? claims : undefined;
}
