import { LruCache } from "./lru.ts";

export interface Member {
  email: string;
  name: string;
  tier: "friend" | "patron" | "none";
  guestPasses: number;
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

// Membership lookups go to the CRM, which is slow; cache the answer per e-mail address.
const memberCache = new LruCache<string, Member>(40);
const inflight = new Map<string, Promise<Member>>();

async function fetchFromCrm(email: string): Promise<Member> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  const patron = email.endsWith("@rijks-friends.nl");
  return {
    email,
    name: email.split("@")[0].replace(/[._]/g, " "),
    tier: patron ? "patron" : email.includes("friend") ? "friend" : "none",
    guestPasses: patron ? 2 : 0,
  };
}

export async function lookupMember(rawEmail: string): Promise<Member> {
  const email = normalizeEmail(rawEmail);
  const cached = memberCache.get(email);
  if (cached) return cached;
  let pending = inflight.get(email);
  if (!pending) {
    pending = fetchFromCrm(email);
    inflight.set(email, pending);
  }
  try {
    const member = await pending;
    memberCache.set(email, member);
    return member;
  } finally {
    inflight.delete(email);
  }
}
