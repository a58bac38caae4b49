export type Meal = "beef" | "fish" | "vegetarian" | "vegan" | "child";

export interface Guest {
  name: string;
  meal: Meal | null;
  dietary: string;
}

export interface Invite {
  code: string;
  side: "bride" | "groom" | "both";
  party: string;
  guests: Guest[];
  response: "pending" | "attending" | "declined";
  note: string;
  respondedAt: string | null;
}

export interface Wedding {
  id: string;
  couple: string;
  date: string;
  version: number;
  invites: Map<string, Invite>;
}

export class RsvpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

const MEALS = new Set(["beef", "fish", "vegetarian", "vegan", "child"]);

const FAMILIES = ["Shah", "Okoro", "Byrne", "Kowalski", "Nguyen", "Haddad", "Moreau", "Lindgren"];

const MENU: Meal[] = ["beef", "fish", "vegetarian", "beef", "vegan"];

// The invite list and the paper RSVPs that came back by post before the site went live.
function seed(): Wedding {
  const invites = new Map<string, Invite>();
  for (let n = 1; n <= 24; n++) {
    const family = FAMILIES[n % FAMILIES.length];
    const size = 1 + (n % 3);
    const response = n % 4 === 0 ? "pending" : n % 7 === 0 ? "declined" : "attending";
    invites.set(`INV-${String(n).padStart(3, "0")}`, {
      code: `INV-${String(n).padStart(3, "0")}`,
      side: n % 5 === 0 ? "both" : n % 2 ? "bride" : "groom",
      party: `${family} party ${n}`,
      guests: Array.from({ length: size }, (_, g) => ({
        name: `${["Sam", "Alex", "Jo", "Kim"][g]} ${family}`,
        meal: response === "attending" ? MENU[(n + g) % MENU.length] : null,
        dietary: "",
      })),
      response,
      note: "",
      respondedAt: response === "pending" ? null : "2025-02-01T09:00:00.000Z",
    });
  }
  return { id: "W-2025-0614", couple: "Ada & Femi", date: "2025-06-14", version: 1, invites };
}

export const weddings = new Map<string, Wedding>([["W-2025-0614", seed()]]);

export function weddingOf(id: string): Wedding {
  const w = weddings.get(id);
  if (!w) throw new RsvpError(404, `no wedding ${id}`);
  return w;
}

export function respond(w: Wedding, body: Record<string, unknown>): Invite {
  const invite = w.invites.get(String(body.invite));
  if (!invite) throw new RsvpError(404, "unknown invite code");
  if (typeof body.attending !== "boolean") throw new RsvpError(422, "attending is required");
  const answers = Array.isArray(body.guests) ? body.guests as Partial<Guest>[] : [];
  for (const answer of answers) {
    const guest = invite.guests.find((g) => g.name === answer.name);
    if (!guest) throw new RsvpError(422, `${answer.name} is not on invite ${invite.code}`);
    if (answer.meal && !MEALS.has(answer.meal)) throw new RsvpError(422, "unknown meal");
    guest.meal = answer.meal ?? guest.meal;
    guest.dietary = String(answer.dietary ?? "").slice(0, 120);
  }
  invite.response = body.attending ? "attending" : "declined";
  invite.note = String(body.note ?? "").slice(0, 300);
  invite.respondedAt = new Date().toISOString();
  w.version++;
  return invite;
}

export function headcount(w: Wedding) {
  const counts = { attending: 0, declined: 0, pending: 0, meals: {} as Record<string, number> };
  for (const invite of w.invites.values()) {
    counts[invite.response] += invite.guests.length;
    if (invite.response !== "attending") continue;
    for (const g of invite.guests) {
      const meal = g.meal ?? "not chosen";
      counts.meals[meal] = (counts.meals[meal] ?? 0) + 1;
    }
  }
  return counts;
}
