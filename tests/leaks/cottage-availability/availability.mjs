import { one, query } from "./store/db.mjs";

export class EnquiryError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const DAY_MS = 86_400_000;
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const QUOTE_VALID_MS = 48 * 3600_000;
const MAX_QUOTES = 200;

/** Quotes by reference; the booking form needs them for two days at most. */
const quotes = new Map();

function parseDate(s, what) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s ?? "")) {
    throw new EnquiryError(400, `${what} must be YYYY-MM-DD`);
  }
  const t = Date.parse(`${s}T00:00:00Z`);
  if (Number.isNaN(t)) throw new EnquiryError(400, `${what} is not a date`);
  return t;
}

const iso = (t) => new Date(t).toISOString().slice(0, 10);

async function cottageOr404(slug) {
  const cottage = await one("cottage.bySlug", [slug]);
  if (!cottage) throw new EnquiryError(404, `no cottage ${slug}`);
  return cottage;
}

export async function cottagePage(slug) {
  const cottage = await cottageOr404(slug);
  const photos = await query("cottage.photos", [cottage.id]);
  return { ...cottage, photos };
}

export async function calendar(slug, from, to) {
  const cottage = await cottageOr404(slug);
  const start = parseDate(from, "from");
  const end = parseDate(to, "to");
  if (end <= start || end - start > 93 * DAY_MS) {
    throw new EnquiryError(400, "ask for up to three months");
  }
  const booked = await query("bookings.overlapping", [cottage.id, from, to]);
  const days = [];
  for (let t = start; t < end; t += DAY_MS) {
    const day = iso(t);
    days.push({
      date: day,
      free: !booked.some((b) => b.arrive <= day && day < b.depart),
      changeover: DAYS[new Date(t).getUTCDay()] === cottage.changeover,
    });
  }
  return { cottage: cottage.slug, from, to, days };
}

export async function quote(enquiry) {
  const cottage = await cottageOr404(enquiry.cottage);
  const arrive = parseDate(enquiry.arrive, "arrive");
  const nights = Number(enquiry.nights);
  if (!Number.isInteger(nights) || nights < 1 || nights > 28) {
    throw new EnquiryError(400, "1 to 28 nights");
  }
  if ((enquiry.guests ?? 1) > cottage.sleeps) {
    throw new EnquiryError(400, `${cottage.name} sleeps ${cottage.sleeps}`);
  }
  if ((enquiry.dogs ?? 0) > cottage.dogs) {
    throw new EnquiryError(400, `${cottage.name} takes ${cottage.dogs} dogs`);
  }
  const depart = arrive + nights * DAY_MS;
  const rates = await query("rates.forYear", [cottage.id, new Date(arrive).getUTCFullYear()]);
  const clashes = await query("bookings.overlapping", [cottage.id, iso(arrive), iso(depart)]);
  if (clashes.length) throw new EnquiryError(409, `${cottage.name} is booked then`);

  const season = rates.find((r) => r.from <= iso(arrive) && iso(arrive) <= r.to);
  if (!season) throw new EnquiryError(409, "no prices for those dates yet");
  if (nights < season.minNights) {
    throw new EnquiryError(409, `minimum stay ${season.minNights} nights`);
  }
  if (season.minNights >= 7 && DAYS[new Date(arrive).getUTCDay()] !== cottage.changeover) {
    throw new EnquiryError(409, `summer stays start on a ${cottage.changeover}`);
  }
  let accommodation = 0;
  for (let t = arrive; t < depart; t += DAY_MS) {
    const r = rates.find((x) => x.from <= iso(t) && iso(t) <= x.to) ?? season;
    accommodation += r.nightlyPence;
  }
  const lines = [{ what: `${nights} nights`, pence: accommodation }];
  if (nights >= 7) {
    lines.push({ what: "week discount 10%", pence: -Math.round(accommodation / 10) });
  }
  if (enquiry.dogs) {
    lines.push({ what: `${enquiry.dogs} dog(s)`, pence: enquiry.dogs * cottage.dogPence });
  }
  lines.push({ what: "cleaning", pence: cottage.cleaningPence });

  const q = {
    ref: String(enquiry.ref),
    cottage: { slug: cottage.slug, name: cottage.name },
    arrive: iso(arrive),
    depart: iso(depart),
    nights,
    guests: enquiry.guests ?? 1,
    dogs: enquiry.dogs ?? 0,
    email: enquiry.email ?? null,
    lines,
    totalPence: lines.reduce((n, l) => n + l.pence, 0),
    expiresAt: new Date(Date.now() + QUOTE_VALID_MS).toISOString(),
  };
  quotes.delete(q.ref);
  quotes.set(q.ref, q);
  if (quotes.size > MAX_QUOTES) quotes.delete(quotes.keys().next().value);
  return q;
}

export function findQuote(ref) {
  const q = quotes.get(ref);
  if (!q || Date.parse(q.expiresAt) < Date.now()) return null;
  return q;
}
