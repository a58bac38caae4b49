// Minimal stand-in for the identity provider's token endpoint (the real one is Keycloak).
import { createHash, createHmac } from "node:crypto";

const ISSUER = "https://id.example.co.uk/realms/staff";
const SIGNING_KEY = "dev-only-signing-key";

export function exchangeCode(code, { codeVerifier, codeChallenge, nonce }) {
  const expected = createHash("sha256").update(codeVerifier).digest("base64url");
  if (expected !== codeChallenge) return { error: "invalid_grant" };
  if (!code.startsWith("code-")) return { error: "invalid_grant" };
  const claims = {
    iss: ISSUER,
    sub: `user-${code.slice(5)}`,
    nonce,
    email: `${code.slice(5)}@example.co.uk`,
    exp: Math.floor(Date.now() / 1000) + 3600,
  };
  return { id_token: sign(claims), claims };
}

function sign(claims) {
  const payload = Buffer.from(JSON.stringify(claims)).toString("base64url");
  const mac = createHmac("sha256", SIGNING_KEY).update(payload).digest("base64url");
  return `${payload}.${mac}`;
}
