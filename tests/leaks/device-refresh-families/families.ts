// Refresh-token rotation with families: every sign-in on a device starts a family; each refresh
// replaces the token with the next generation, and a token presented after it was replaced
// (a stolen copy) revokes the whole family. Tokens are kept by their SHA-256 only.

interface TokenRecord {
  familyId: string;
  userId: string;
  device: string;
  generation: number;
  issuedAt: number;
}

const hex = (buf: ArrayBuffer) =>
  Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");

async function digest(token: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token)));
}

function randomToken(): string {
  return `rt_${hex(crypto.getRandomValues(new Uint8Array(24)).buffer)}`;
}

export class RefreshTokenFamily {
  static byId = new Map<string, RefreshTokenFamily>();
  static byTokenHash = new Map<string, TokenRecord>();

  readonly id = crypto.randomUUID();
  readonly startedAt = Date.now();
  generation = 0;
  tokenHashes: string[] = [];

  constructor(readonly userId: string, readonly device: string) {}

  static async start(userId: string, device: string): Promise<string> {
    const family = new RefreshTokenFamily(userId, device);
    RefreshTokenFamily.byId.set(family.id, family);
    const token = randomToken();
    const hash = await digest(token);
    family.tokenHashes.push(hash);
    RefreshTokenFamily.byTokenHash.set(hash, {
      familyId: family.id,
      userId,
      device,
      generation: 0,
      issuedAt: Date.now(),
    });
    return token;
  }

  static async rotate(token: string): Promise<{ token: string; userId: string } | undefined> {
    const record = RefreshTokenFamily.byTokenHash.get(await digest(token));
    const family = record && RefreshTokenFamily.byId.get(record.familyId);
    if (!record || !family) return undefined;
    if (record.generation !== family.generation) {
      // Reuse of a replaced token: someone else holds a copy. End the family.
      family.end();
      return undefined;
    }
    const next = randomToken();
    const nextHash = await digest(next);
    family.generation += 1;
    family.tokenHashes.push(nextHash);
    RefreshTokenFamily.byTokenHash.set(nextHash, {
      ...record,
      generation: family.generation,
      issuedAt: Date.now(),
    });
    return { token: next, userId: record.userId };
  }

  end() {
    RefreshTokenFamily.byId.delete(this.id);
    for (const hash of this.tokenHashes) RefreshTokenFamily.byTokenHash.delete(hash);
  }

  /** Signs the user out everywhere: every family of theirs stops refreshing. */
  static revokeAllFor(userId: string): number {
    let n = 0;
    for (const family of RefreshTokenFamily.byId.values()) {
      if (family.userId !== userId) continue;
      RefreshTokenFamily.byId.delete(family.id);
      n++;
    }
    return n;
  }
}
