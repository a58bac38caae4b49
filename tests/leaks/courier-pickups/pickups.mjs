import { TimerWheel } from "./wheel.mjs";
import { sendSms } from "./sms.mjs";

export class PickupError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const MINUTE = 60_000;
const WINDOW = 2 * 60 * MINUTE;
const REMIND_BEFORE = 30 * MINUTE;
const ASAP_LEAD = 20 * MINUTE;

const open = new Map();

const reminders = new TimerWheel(({ pickup }) => {
  const from = new Date(pickup.window.from).toLocaleTimeString("nl-NL", { timeStyle: "short" });
  const to = new Date(pickup.window.to).toLocaleTimeString("nl-NL", { timeStyle: "short" });
  sendSms(
    pickup.contact.phone,
    `Je koerier haalt ${pickup.parcels.length} pakket(ten) op tussen ${from} en ${to}. Ref ${pickup.ref}`,
  );
});

export function book({ ref, contact, address, parcels, window }) {
  if (typeof ref !== "string" || !ref) throw new PickupError(422, "ref is required");
  if (open.has(ref)) throw new PickupError(409, `pickup ${ref} already booked`);
  if (!contact?.phone || !address?.postcode) throw new PickupError(422, "contact and address");
  if (!Array.isArray(parcels) || parcels.length === 0) throw new PickupError(422, "no parcels");
  const from = window === "asap" ? Date.now() + ASAP_LEAD : Date.parse(window);
  if (Number.isNaN(from)) throw new PickupError(422, "window must be asap or a date-time");

  const pickup = {
    ref,
    contact: { name: String(contact.name ?? ""), phone: String(contact.phone) },
    address: {
      street: String(address.street ?? ""),
      postcode: String(address.postcode).replace(/\s+/g, "").toUpperCase(),
      city: String(address.city ?? ""),
    },
    parcels: parcels.map((p) => ({ weightGrams: Number(p.weightGrams) || 0, label: p.label })),
    window: { from, to: from + WINDOW },
    status: "booked",
    bookedAt: Date.now(),
  };
  pickup.reminder = reminders.schedule(from - REMIND_BEFORE, { pickup });
  open.set(ref, pickup);
  return pickup;
}

export function cancel(ref) {
  const pickup = get(ref);
  reminders.cancel(pickup.reminder);
  open.delete(ref);
  return { ref, status: "cancelled" };
}

export function collected(ref, scans) {
  const pickup = get(ref);
  if (scans.length !== pickup.parcels.length) {
    throw new PickupError(
      422,
      `expected ${pickup.parcels.length} parcels, scanned ${scans.length}`,
    );
  }
  open.delete(ref);
  return { ref, status: "collected", parcels: scans.length, at: new Date().toISOString() };
}

export function get(ref) {
  const pickup = open.get(ref);
  if (!pickup) throw new PickupError(404, `no open pickup ${ref}`);
  return pickup;
}

export const openCount = () => open.size;
