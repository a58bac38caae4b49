// Sign-ins between the SPA's start and the IdP's redirect back: the SPA registers its state
// and PKCE verifier, the callback takes the entry out whatever the outcome, and a sweeper
// drops the ones nobody came back for.

export interface PendingLogin {
  state: string;
  codeVerifier: string;
  codeChallenge: string;
  returnTo: string;
  createdAt: number;
}

export const PENDING_TTL_MS = 250;
const pendingLogins = new Map<string, PendingLogin>();

async function s256(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return btoa(String.fromCharCode(...new Uint8Array(digest)))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export async function register(state: string, codeVerifier: string, returnTo: string) {
  const login: PendingLogin = {
    state,
    codeVerifier,
    codeChallenge: await s256(codeVerifier),
    returnTo: returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : "/",
    createdAt: Date.now(),
  };
  pendingLogins.set(state, login);
  return login;
}

/** The entry for `state`, taken out: a state is good for one callback only. */
export function take(state: string): PendingLogin | undefined {
  const login = pendingLogins.get(state);
  pendingLogins.delete(state);
  if (login && Date.now() - login.createdAt > PENDING_TTL_MS) return undefined;
  return login;
}

export function pendingCount(): number {
  return pendingLogins.size;
}

const sweeper = setInterval(() => {
  const cutoff = Date.now() - PENDING_TTL_MS;
  for (const [state, login] of pendingLogins) {
    if (login.createdAt < cutoff) pendingLogins.delete(state);
  }
}, 100);
Deno.unrefTimer(sweeper);
