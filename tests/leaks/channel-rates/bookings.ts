import { KeyedMutex } from "./vendor/keyed-mutex/mod.ts";
import { type BookingMessage, PmsError, type PmsReceipt, pushBooking } from "./pms.ts";

// OTAs retry and reorder webhooks; changes to one booking must reach the PMS in order.
const mutex = new KeyedMutex();

const recent: PmsReceipt[] = [];
const counts = { created: 0, modified: 0, cancelled: 0, failed: 0 };

export class BookingError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function validate(msg: Partial<BookingMessage>): BookingMessage {
  for (const field of ["ref", "channel", "property", "arrival", "departure", "roomType"] as const) {
    if (typeof msg[field] !== "string" || msg[field] === "") {
      throw new BookingError(400, `${field} is required`);
    }
  }
  if (!msg.guest?.name) throw new BookingError(400, "guest.name is required");
  return {
    adults: 1,
    nightly: 0,
    currency: "EUR",
    ...msg,
  } as BookingMessage;
}

function remember(receipt: PmsReceipt) {
  recent.unshift(receipt);
  if (recent.length > 20) recent.pop();
  counts[receipt.action]++;
}

async function apply(msg: BookingMessage, action: PmsReceipt["action"]): Promise<PmsReceipt> {
  try {
    const receipt = await mutex.run(`booking:${msg.ref}`, () => pushBooking(msg, action));
    remember(receipt);
    return receipt;
  } catch (err) {
    counts.failed++;
    if (err instanceof PmsError) throw new BookingError(err.status, err.message);
    throw err;
  }
}

export function createBooking(body: Partial<BookingMessage>) {
  return apply(validate(body), "created");
}

export function modifyBooking(ref: string, body: Partial<BookingMessage>) {
  return apply(validate({ ...body, ref }), "modified");
}

export function status() {
  return { ...counts, lockedBookings: mutex.size, recent: recent.slice(0, 5) };
}
