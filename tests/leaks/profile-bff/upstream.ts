/** The account and loyalty services behind the BFF, simulated in-process with some latency. */

export interface Profile {
  userId: string;
  displayName: string;
  email: string;
  locale: string;
  memberSince: Date;
  marketingOptIn: boolean;
}

export interface LoyaltyAccount {
  userId: string;
  tier: "bronze" | "silver" | "gold";
  points: number;
  expiring: { points: number; on: Date }[];
}

export interface FeaturedItem {
  sku: string;
  title: string;
  priceCents: number;
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

export async function getProfile(userId: string): Promise<Profile> {
  await delay(3);
  const h = hash(userId);
  return {
    userId,
    displayName: `Member ${userId.toUpperCase()}`,
    email: `${userId}@members.example.com`,
    locale: ["en-GB", "nl-NL", "de-DE", "fr-FR"][h % 4],
    memberSince: new Date(Date.UTC(2015 + (h % 9), h % 12, 1 + (h % 28))),
    marketingOptIn: h % 3 === 0,
  };
}

export async function getLoyalty(userId: string): Promise<LoyaltyAccount> {
  await delay(4);
  const h = hash(`loyalty:${userId}`);
  const points = h % 25_000;
  return {
    userId,
    tier: points > 15_000 ? "gold" : points > 5_000 ? "silver" : "bronze",
    points,
    expiring: [
      { points: Math.floor(points / 10), on: new Date(Date.now() + 30 * 86_400_000) },
      { points: Math.floor(points / 20), on: new Date(Date.now() + 90 * 86_400_000) },
    ],
  };
}

export async function getFeatured(): Promise<FeaturedItem[]> {
  await delay(5);
  return [
    { sku: "TRAIL-42", title: "Trail runner 42", priceCents: 11_999 },
    { sku: "BOTTLE-750", title: "Insulated bottle 750 ml", priceCents: 2_495 },
    { sku: "SOCKS-3P", title: "Merino socks, 3 pairs", priceCents: 2_999 },
  ];
}
