// Accounts with PBKDF2 password hashes (WebCrypto).

export interface Account {
  username: string;
  salt: Uint8Array<ArrayBuffer>;
  hash: string;
  createdAt: number;
}

const ITERATIONS = 1000;
const encoder = new TextEncoder();
const accounts = new Map<string, Account>();

const hex = (buf: ArrayBuffer) =>
  Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");

async function derive(password: string, salt: Uint8Array<ArrayBuffer>): Promise<string> {
  const base = await crypto.subtle.importKey("raw", encoder.encode(password), "PBKDF2", false, [
    "deriveBits",
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations: ITERATIONS },
    base,
    256,
  );
  return hex(bits);
}

export async function register(username: string, password: string): Promise<Account | undefined> {
  if (accounts.has(username)) return undefined;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const account = { username, salt, hash: await derive(password, salt), createdAt: Date.now() };
  accounts.set(username, account);
  return account;
}

export async function authenticate(username: string, password: string) {
  const account = accounts.get(username);
  if (!account) return undefined;
  return (await derive(password, account.salt)) === account.hash ? account : undefined;
}

export function close(username: string): boolean {
  return accounts.delete(username);
}
