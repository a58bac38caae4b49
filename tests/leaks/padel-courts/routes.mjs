import { club, findCourt, priceOf, slotTime } from "./club.mjs";
import { confirmHold, currentHold, placeHold, releaseHold } from "./holds.mjs";

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Extras at the desk, in cents. */
const EXTRAS = { "racket-hire": 400, "balls": 500, "lights": 300 };

/** Checks the court and slot the player picked; keeps whatever else the app sends along. */
function validSelection(raw) {
  const court = findCourt(Number(raw?.court));
  if (!court) throw new HttpError(422, "unknown court");
  const slot = Number(raw.slot);
  if (!Number.isInteger(slot) || slot < 0) throw new HttpError(422, "slot must be a slot number");
  return { ...raw, court: court.number, slot };
}

function hold(body) {
  const selection = validSelection(body.selection);
  const player = String(body.player ?? "");
  if (!player.includes("@")) throw new HttpError(422, "player e-mail required");
  const partners = Array.isArray(body.partners) ? body.partners.map(String).slice(0, 3) : [];
  const extras = Array.isArray(body.extras)
    ? body.extras.filter((e) => Object.hasOwn(EXTRAS, e))
    : [];
  const price = priceOf(findCourt(selection.court), selection.slot) +
    extras.reduce((sum, e) => sum + EXTRAS[e], 0);
  const held = placeHold(selection, player, partners, extras, price);
  if (!held) throw new HttpError(409, "someone else is paying for this slot");
  return {
    status: 201,
    body: { hold: held.id, time: slotTime(selection.slot), priceCents: price },
  };
}

function book(body) {
  const selection = validSelection(body.selection);
  if (!body.paymentRef) throw new HttpError(422, "paymentRef required");
  const booking = confirmHold(selection, String(body.paymentRef));
  if (!booking) throw new HttpError(410, "the hold has expired");
  return { status: 201, body: booking };
}

const SLOT_ACTION = /^\/courts\/(\d+)\/slots\/(\d+)\/(release|status)$/;

export function route(method, url, body) {
  if (method === "POST" && url.pathname === "/holds") return hold(body);
  if (method === "POST" && url.pathname === "/bookings") return book(body);
  if (method === "GET" && url.pathname === "/desk") {
    return {
      status: 200,
      body: { recent: club.booking.recent.slice(0, 10), revenueCents: club.booking.revenueCents },
    };
  }
  const m = SLOT_ACTION.exec(url.pathname);
  if (m) {
    const court = Number(m[1]);
    const slot = Number(m[2]);
    if (m[3] === "release" && method === "POST") {
      releaseHold(court, slot);
      return { status: 204 };
    }
    const held = currentHold({ court, slot });
    return { status: 200, body: { court, slot, time: slotTime(slot), free: !held } };
  }
  throw new HttpError(404, "not found");
}
