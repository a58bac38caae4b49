import { audit } from "./audit.mjs";
import { isFree } from "./availability.mjs";
import { requestPayments } from "./broker.mjs";
import { FLEET } from "./fleet.mjs";
import { breakdown, formatted } from "./pricing.mjs";

export class CharterError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Open enquiries by id; a confirmed charter leaves for the contracts system. */
const enquiries = new Map();
const confirmed = [];
const MAX_CONFIRMED = 25;

export function enquire(body) {
  const id = String(body.id ?? "");
  if (!id || enquiries.has(id)) throw new CharterError(409, `enquiry ${id} exists or has no id`);
  const yacht = FLEET.get(String(body.yacht));
  if (!yacht) throw new CharterError(404, `no yacht ${body.yacht}`);
  const from = String(body.from ?? "");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) throw new CharterError(400, "from must be a date");
  const nights = Number(body.nights ?? 7);
  if (nights % 7 !== 0) throw new CharterError(400, "charters run Saturday to Saturday");
  if (Number(body.guests) > yacht.berths) {
    throw new CharterError(400, `${yacht.name} sleeps ${yacht.berths}`);
  }
  const enquiry = {
    id,
    yacht: yacht.id,
    from,
    nights,
    guests: Number(body.guests),
    lead: { name: String(body.lead?.name ?? ""), email: String(body.lead?.email ?? "") },
    broker: String(body.broker ?? "direct"),
    locale: String(body.locale ?? "en-GB"),
    extras: Array.isArray(body.extras) ? body.extras.map(String) : [],
    status: "open",
    createdAt: Date.now(),
  };
  enquiries.set(id, enquiry);
  audit("enquiry", id, yacht.id);
  return enquiry;
}

function get(id) {
  const enquiry = enquiries.get(id);
  if (!enquiry) throw new CharterError(404, `no open enquiry ${id}`);
  return enquiry;
}

export function quote(id) {
  const enquiry = get(id);
  return { id, yacht: FLEET.get(enquiry.yacht).name, from: enquiry.from, ...formatted(enquiry) };
}

export async function hold(id) {
  const enquiry = get(id);
  if (enquiry.status !== "open") throw new CharterError(409, `${id} is ${enquiry.status}`);
  if (!(await isFree(enquiry.yacht, enquiry.from))) {
    throw new CharterError(409, "that week has gone");
  }
  enquiry.status = "held";
  audit("hold", id, enquiry.from);
  return { id, status: enquiry.status };
}

export async function confirm(id) {
  const enquiry = get(id);
  if (enquiry.status !== "held") throw new CharterError(409, `${id} is not held`);
  const b = breakdown(enquiry);
  const [deposit, balance] = await requestPayments([
    { enquiry: id, kind: "deposit", amount: b.deposit },
    { enquiry: id, kind: "balance", amount: b.total - b.deposit },
  ]);
  // the contracts system takes it from here
  enquiries.delete(id);
  confirmed.unshift({ id, yacht: enquiry.yacht, from: enquiry.from, deposit, balance });
  if (confirmed.length > MAX_CONFIRMED) confirmed.length = MAX_CONFIRMED;
  audit("confirm", id, deposit);
  return { id, deposit, balance };
}

export function board() {
  return { open: enquiries.size, confirmed: confirmed.slice(0, 10) };
}
