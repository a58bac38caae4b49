/** Approved repair garages and their API keys (issued by the partner team, rotated yearly). */

export interface Garage {
  id: string;
  name: string;
  keySha256: string;
}

const encoder = new TextEncoder();

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

const garages = new Map<string, Garage>();
const KEYS: [string, string, string][] = [
  ["G-LEEDS-02", "Kirkstall Bodyworks", "gk_live_7Hq2vLx9RmT4cW8pZ3nB"],
  ["G-YORK-01", "Minster Accident Repair", "gk_live_Qe5sJ1uN8yD2kF6gA0hV"],
];
export const ready = Promise.all(
  KEYS.map(async ([id, name, key]) => garages.set(id, { id, name, keySha256: await sha256(key) })),
);

function sameDigest(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/** The garage a request's bearer key belongs to, or null. */
export async function authenticate(req: Request): Promise<Garage | null> {
  await ready;
  const header = req.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/.exec(header);
  const garageId = req.headers.get("x-garage-id") ?? "";
  const garage = garages.get(garageId);
  if (!match || !garage) return null;
  return sameDigest(await sha256(match[1]), garage.keySha256) ? garage : null;
}
