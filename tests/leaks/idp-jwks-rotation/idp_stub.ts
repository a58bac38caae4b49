// The development identity provider: signs ID tokens with an ES256 key it rotates on demand
// and publishes the current and the previous public key as a JWKS. Codes of the form
// `code-<user>` redeem for that user, as the local sign-in page hands them out.

interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JsonWebKey & { kid: string; alg: string; use: string };
}

export const ISSUER = "https://idp.dev.local";
const encoder = new TextEncoder();
let generation = 0;
let current: SigningKey | undefined;
let previous: SigningKey | undefined;

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const b64json = (value: unknown) => b64url(encoder.encode(JSON.stringify(value)));

async function newKey(): Promise<SigningKey> {
  const pair = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
    "sign",
    "verify",
  ]);
  const jwk = await crypto.subtle.exportKey("jwk", pair.publicKey);
  const kid = `dev-${++generation}-${crypto.randomUUID().slice(0, 8)}`;
  return {
    kid,
    privateKey: pair.privateKey,
    publicJwk: { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y, kid, alg: "ES256", use: "sig" },
  };
}

export async function rotateSigningKey(): Promise<string> {
  const next = await newKey();
  previous = current;
  current = next;
  return next.kid;
}

export async function jwks() {
  if (!current) await rotateSigningKey();
  return { keys: [current!, previous].filter((k) => k !== undefined).map((k) => k!.publicJwk) };
}

export async function redeemCode(code: string, clientId: string): Promise<string | undefined> {
  const m = /^code-([a-z0-9-]{1,40})$/.exec(code);
  if (!m) return undefined;
  if (!current) await rotateSigningKey();
  const key = current!;
  const now = Math.floor(Date.now() / 1000);
  const header = b64json({ alg: "ES256", typ: "JWT", kid: key.kid });
  const claims = b64json({
    iss: ISSUER,
    aud: clientId,
    sub: m[1],
    email: `${m[1]}@example.com`,
    iat: now,
    exp: now + 300,
  });
  const signature = await crypto.subtle.sign(
    { name: "ECDSA", hash: "SHA-256" },
    key.privateKey,
    encoder.encode(`${header}.${claims}`),
  );
  return `${header}.${claims}.${b64url(new Uint8Array(signature))}`;
}
