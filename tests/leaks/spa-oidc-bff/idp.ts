// The token endpoint of the development IdP: `code-<user>` redeems for that user when the
// PKCE verifier is the one the authorization request's challenge was made from.

export interface IdClaims {
  sub: string;
  email: string;
  name: string;
}

export async function exchangeCode(
  code: string,
  codeVerifier: string,
  codeChallenge: string,
): Promise<IdClaims | { error: string }> {
  await new Promise((r) => setTimeout(r, 2)); // the round trip to the IdP
  const m = /^code-([a-z0-9-]{1,40})$/.exec(code);
  if (!m) return { error: "invalid_grant" };
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(codeVerifier));
  const expected = btoa(String.fromCharCode(...new Uint8Array(digest)))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  if (expected !== codeChallenge) return { error: "invalid_grant" };
  return { sub: m[1], email: `${m[1]}@example.com`, name: m[1].replace(/-/g, " ") };
}
