import { Pool } from "undici";
import { formatInTimeZone, fromZonedTime } from "date-fns-tz";
import { v7 as uuidv7 } from "uuid";

interface Person {
  login: string;
  tz: string;
  from: number;
  to: number;
}

export interface Meeting {
  id: string;
  title: string;
  startsAt: string;
  minutes: number;
  attendees: { login: string; local: string; withinHours: boolean }[];
}

// At most four keep-alive connections to the directory, however busy the planner gets.
let directory: Pool;
const RECENT_MAX = 40;
// The latest meetings by id, oldest first (a Map keeps insertion order).
const recent = new Map<string, Meeting>();

export function configureDirectory(url: string): void {
  directory = new Pool(url, { connections: 4, keepAliveTimeout: 10_000 });
}

async function person(login: string): Promise<Person | undefined> {
  const { statusCode, body } = await directory.request({ path: `/people/${login}`, method: "GET" });
  if (statusCode === 404) {
    await body.dump();
    return undefined;
  }
  return await body.json() as Person;
}

function localHour(date: Date, tz: string): number {
  return Number(formatInTimeZone(date, tz, "H")) + Number(formatInTimeZone(date, tz, "m")) / 60;
}

export async function plan(
  title: string,
  organiser: string,
  logins: string[],
  day: string,
  minutes: number,
): Promise<Meeting | string> {
  const people = await Promise.all([organiser, ...logins].map(person));
  const missing = [organiser, ...logins].filter((_, n) => !people[n]);
  if (missing.length) return `unknown: ${missing.join(", ")}`;
  const [host, ...guests] = people as Person[];

  // Try every half hour of the organiser's working day; take the first slot inside everyone's
  // hours, else the one inside the most.
  let best: { start: Date; inside: number } | undefined;
  for (let h = host.from; h + minutes / 60 <= host.to; h += 0.5) {
    const wall = `${day}T${String(Math.floor(h)).padStart(2, "0")}:${h % 1 ? "30" : "00"}:00`;
    const start = fromZonedTime(wall, host.tz);
    const end = new Date(start.getTime() + minutes * 60_000);
    const inside = guests.filter((g) =>
      localHour(start, g.tz) >= g.from && localHour(end, g.tz) <= g.to
    ).length;
    if (!best || inside > best.inside) best = { start, inside };
    if (inside === guests.length) break;
  }
  if (!best) return "meeting longer than the organiser's day";

  const start = best.start;
  const meeting: Meeting = {
    id: uuidv7(),
    title,
    startsAt: start.toISOString(),
    minutes,
    attendees: [host, ...guests].map((p) => ({
      login: p.login,
      local: formatInTimeZone(start, p.tz, "EEE d MMM HH:mm zzz"),
      withinHours: localHour(start, p.tz) >= p.from &&
        localHour(new Date(start.getTime() + minutes * 60_000), p.tz) <= p.to,
    })),
  };
  recent.set(meeting.id, meeting);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value!);
  return meeting;
}

export function recentMeetings(): Meeting[] {
  return [...recent.values()].slice(-10).reverse();
}
