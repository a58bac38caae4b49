import type { Account } from "./accounts.ts";

export interface Session {
  token: string;
  accountId: string;
  createdAt: number;
  userAgent: string;
}

/** Signed-in devices per account; signing in on a sixth one ends the oldest session. */
const MAX_SESSIONS = 5;
const byToken = new Map<string, Session>();
const byAccount = new Map<string, string[]>();

export function openSession(account: Account, userAgent: string): Session {
  const session = {
    token: crypto.randomUUID().replaceAll("-", ""),
    accountId: account.id,
    createdAt: Date.now(),
    userAgent,
  };
  byToken.set(session.token, session);
  const tokens = byAccount.get(account.id) ?? [];
  tokens.push(session.token);
  while (tokens.length > MAX_SESSIONS) byToken.delete(tokens.shift()!);
  byAccount.set(account.id, tokens);
  return session;
}

export function findSession(token: string): Session | undefined {
  return byToken.get(token);
}

export function sessionCount() {
  return byToken.size;
}
