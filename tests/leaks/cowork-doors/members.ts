/** The member directory (synced nightly from the billing system) and one-off guest passes. */

export interface Member {
  id: string;
  name: string;
  plan: "hot-desk" | "fixed-desk" | "studio";
  badges: string[];
  doors: string[];
}

const MEMBERS: Member[] = [
  {
    id: "m-101",
    name: "Ines Vos",
    plan: "studio",
    badges: ["M-101"],
    doors: ["front", "studio-2"],
  },
  {
    id: "m-104",
    name: "Tarik Bos",
    plan: "fixed-desk",
    badges: ["M-104"],
    doors: ["front", "studio-2"],
  },
  {
    id: "m-117",
    name: "Lot Smit",
    plan: "hot-desk",
    badges: ["M-117", "M-117b"],
    doors: ["front"],
  },
  {
    id: "m-121",
    name: "Ada Kok",
    plan: "hot-desk",
    badges: ["M-121"],
    doors: ["front", "bike-room"],
  },
];

const byBadge = new Map(MEMBERS.flatMap((m) => m.badges.map((b) => [b, m] as const)));
export const memberById = new Map(MEMBERS.map((m) => [m.id, m]));

export function memberForBadge(badge: string): Member | undefined {
  return byBadge.get(badge);
}

export interface GuestPass {
  code: string;
  host: Member;
  guest: string;
  doors: string[];
  issuedAt: number;
}

// A guest pass opens its doors once: the front desk prints a fresh code for every visit.
const guestPasses = new Map<string, GuestPass>();

export function issueGuestPass(code: string, host: Member, guest: string): GuestPass {
  const pass = { code, host, guest, doors: ["front"], issuedAt: Date.now() };
  guestPasses.set(code, pass);
  return pass;
}

export function redeemGuestPass(code: string, door: string): GuestPass | undefined {
  const pass = guestPasses.get(code);
  if (!pass || !pass.doors.includes(door)) return undefined;
  guestPasses.delete(code);
  return pass;
}

export function openGuestPasses(): number {
  return guestPasses.size;
}
