// Stand-in for the property management system's reservation API.

export interface StayLine {
  date: string;
  roomType: string;
  rate: number;
}

export interface BookingMessage {
  ref: string;
  channel: string;
  property: string;
  guest: { name: string; email?: string; phone?: string };
  arrival: string;
  departure: string;
  roomType: string;
  adults: number;
  children?: number;
  nightly: number;
  currency: string;
  notes?: string;
}

export interface PmsReceipt {
  ref: string;
  pmsId: string;
  action: "created" | "modified" | "cancelled";
  property: string;
  channel: string;
  guest: string;
  lines: StayLine[];
  total: number;
  currency: string;
  confirmedAt: string;
}

export class PmsError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

let nextPmsId = 40_000;
const pmsIds = new Map<string, string>();

function nights(arrival: string, departure: string): string[] {
  const out: string[] = [];
  const d = new Date(`${arrival}T00:00:00Z`);
  const end = new Date(`${departure}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || Number.isNaN(end.getTime()) || end <= d) {
    throw new PmsError(422, "departure must be after arrival");
  }
  while (d < end && out.length < 30) {
    out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function pushBooking(
  msg: BookingMessage,
  action: PmsReceipt["action"],
): Promise<PmsReceipt> {
  await delay(3 + (msg.ref.length % 4));
  const lines = nights(msg.arrival, msg.departure).map((date) => ({
    date,
    roomType: msg.roomType,
    rate: msg.nightly,
  }));
  let pmsId = pmsIds.get(msg.ref);
  if (action === "created") {
    pmsId = `R${++nextPmsId}`;
    // the PMS hands the id back once; it is only needed until the booking is amended
    if (pmsIds.size > 50) pmsIds.delete(pmsIds.keys().next().value!);
    pmsIds.set(msg.ref, pmsId);
  } else if (!pmsId) {
    throw new PmsError(404, `booking ${msg.ref} is unknown to the PMS`);
  }
  return {
    ref: msg.ref,
    pmsId,
    action,
    property: msg.property,
    channel: msg.channel,
    guest: msg.guest.name,
    lines,
    total: lines.reduce((sum, l) => sum + l.rate, 0),
    currency: msg.currency,
    confirmedAt: new Date().toISOString(),
  };
}
