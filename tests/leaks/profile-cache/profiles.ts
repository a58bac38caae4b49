import { TieredLru } from "./tiered_lru.ts";

export interface Profile {
  id: string;
  displayName: string;
  avatarUrl: string;
  bio: string;
  roles: string[];
  followers: number;
  updatedAt: string;
}

export const profileCache = new TieredLru<Profile>(500);

const ROLES = ["reader", "author", "editor", "moderator"];

// Stands in for the accounts database (a couple of ms per lookup).
async function loadProfile(id: string): Promise<Profile> {
  await new Promise((r) => setTimeout(r, 1));
  const n = [...id].reduce((a, ch) => a * 31 + ch.charCodeAt(0), 7) >>> 0;
  return {
    id,
    displayName: `User ${id.toUpperCase()}`,
    avatarUrl: `https://cdn.example.com/avatars/${id}/${n % 97}.png`,
    bio: `Writes about ${["gardening", "rust", "cycling", "tea"][n % 4]} since ${2010 + n % 14}. `
      .repeat(3),
    roles: ROLES.slice(0, 1 + n % ROLES.length),
    followers: n % 10_000,
    updatedAt: new Date(Date.UTC(2024, n % 12, 1 + n % 28)).toISOString(),
  };
}

export async function getProfile(id: string): Promise<Profile> {
  const cached = profileCache.get(id);
  if (cached) return cached;
  const profile = await loadProfile(id);
  profileCache.set(id, profile);
  return profile;
}

export function updateProfile(id: string, patch: Partial<Profile>): void {
  profileCache.delete(id);
  void patch; // written through to the database elsewhere
}
