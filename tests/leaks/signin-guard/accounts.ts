// The account directory. Passwords are stored as salted SHA-256 from the old identity
// provider; they are re-hashed with Argon2 on the next password change (not done here).

export interface Account {
  id: string;
  email: string;
  name: string;
  salt: string;
  hash: string;
  roles: string[];
}

const encoder = new TextEncoder();

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function hashPassword(salt: string, password: string): Promise<string> {
  return sha256Hex(`${salt}:${password}`);
}

function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

const byEmail = new Map<string, Account>();

async function addAccount(
  id: string,
  email: string,
  name: string,
  password: string,
  roles: string[],
) {
  const salt = crypto.randomUUID().slice(0, 8);
  byEmail.set(email, { id, email, name, salt, hash: await hashPassword(salt, password), roles });
}

await addAccount("u-1001", "ines.moreau@example.com", "Ines Moreau", "correct horse battery", [
  "editor",
]);
await addAccount("u-1002", "tom.baker@example.com", "Tom Baker", "tardis-1963", ["admin"]);
await addAccount("u-1003", "priya.nair@example.com", "Priya Nair", "monsoon-lantern", ["viewer"]);

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The account, when the password matches. */
export async function verify(email: string, password: string): Promise<Account | undefined> {
  const account = byEmail.get(normalizeEmail(email));
  // Hash even for unknown addresses so that both answers take the same time.
  const hash = await hashPassword(account?.salt ?? "00000000", password);
  return account && timingSafeEqual(hash, account.hash) ? account : undefined;
}

export function accountCount() {
  return byEmail.size;
}
