export interface Member {
  id: string;
  name: string;
  plan: "offpeak" | "standard" | "premium";
  homeClub: string;
  validUntil: string;
}

const PROFILE_CACHE_SIZE = 64;
const NAMES = ["Iris Bos", "Thijs Dekker", "Noor El Amrani", "Ruben Kok", "Fleur Hendriks"];
const PLANS: Member["plan"][] = ["offpeak", "standard", "premium"];

/** Member profiles from the membership system, the most recently used 64 kept. */
const profileCache = new Map<string, Member>();
let lookups = 0;

function fetchProfile(id: string): Member {
  // Stands in for the membership system's API: the profile follows from the id.
  lookups++;
  const n = [...id].reduce((sum, ch) => sum + ch.charCodeAt(0), 0);
  return {
    id,
    name: NAMES[n % NAMES.length],
    plan: PLANS[n % PLANS.length],
    homeClub: n % 2 ? "centrum" : "zuid",
    validUntil: new Date(Date.UTC(2025, n % 12, 28)).toISOString().slice(0, 10),
  };
}

export function getMember(id: string): Member {
  let member = profileCache.get(id);
  if (member) {
    profileCache.delete(id);
  } else {
    member = fetchProfile(id);
  }
  profileCache.set(id, member);
  while (profileCache.size > PROFILE_CACHE_SIZE) {
    profileCache.delete(profileCache.keys().next().value!);
  }
  return member;
}

export function memberStats() {
  return { cached: profileCache.size, lookups };
}
