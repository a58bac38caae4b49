import { type Scratch, ScratchPool } from "./pool.ts";

export class LabelError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Parcel {
  carrier: "postnl" | "dhl" | "dpd";
  service: string;
  name: string;
  street: string;
  postcode: string;
  city: string;
  country: string;
  weightGrams: number;
  reference: string;
}

const POSTCODES: Record<string, RegExp> = {
  NL: /^\d{4} ?[A-Z]{2}$/,
  DE: /^\d{5}$/,
  BE: /^\d{4}$/,
};
const CARRIERS = new Set(["postnl", "dhl", "dpd"]);
const MAX_WEIGHT = 31_500;

export const scratchPool = new ScratchPool(8 * 1024, 16);
const encoder = new TextEncoder();
const printed = { labels: 0, refused: 0 };

function text(value: unknown, field: string, max: number): string {
  const s = typeof value === "string" ? value.trim() : "";
  if (!s || s.length > max) throw new LabelError(422, `${field} is required (max ${max} chars)`);
  return s.replace(/[\^~]/g, " ");
}

function parseParcel(body: Record<string, unknown>): Parcel {
  const carrier = String(body.carrier ?? "");
  if (!CARRIERS.has(carrier)) throw new LabelError(422, `unknown carrier ${carrier}`);
  const to = (body.to ?? {}) as Record<string, unknown>;
  const country = text(to.country, "to.country", 2).toUpperCase();
  const postcode = text(to.postcode, "to.postcode", 10).toUpperCase();
  const format = POSTCODES[country];
  if (!format) throw new LabelError(422, `we do not ship to ${country}`);
  if (!format.test(postcode)) throw new LabelError(422, `${postcode} is not a ${country} postcode`);
  const weightGrams = Number(body.weightGrams);
  if (!Number.isInteger(weightGrams) || weightGrams < 1 || weightGrams > MAX_WEIGHT) {
    throw new LabelError(422, `weightGrams is 1–${MAX_WEIGHT}`);
  }
  return {
    carrier: carrier as Parcel["carrier"],
    service: weightGrams > 2_000 ? "parcel" : "mailbox",
    name: text(to.name, "to.name", 60),
    street: text(to.street, "to.street", 80),
    postcode,
    city: text(to.city, "to.city", 40),
    country,
    weightGrams,
    reference: text(body.reference, "reference", 32),
  };
}

/** Writes the label as ZPL into the scratch buffer; returns the bytes used. */
function writeZpl(scratch: Scratch, parcel: Parcel): number {
  const zpl = [
    "^XA",
    `^FO40,40^A0N,40,40^FD${parcel.carrier.toUpperCase()} ${parcel.service}^FS`,
    `^FO40,120^A0N,30,30^FD${parcel.name}^FS`,
    `^FO40,160^A0N,30,30^FD${parcel.street}^FS`,
    `^FO40,200^A0N,30,30^FD${parcel.postcode} ${parcel.city} ${parcel.country}^FS`,
    `^FO40,280^BCN,100,Y,N,N^FD${parcel.reference}^FS`,
    `^FO40,420^A0N,25,25^FD${(parcel.weightGrams / 1000).toFixed(2)} kg^FS`,
    "^XZ",
  ].join("\n");
  const { written } = encoder.encodeInto(zpl, scratch.bytes);
  if (written === undefined || written >= scratch.bytes.length) {
    throw new LabelError(500, "label too large");
  }
  scratch.used = written;
  return written;
}

export function renderLabel(body: Record<string, unknown>): Uint8Array<ArrayBuffer> {
  const scratch = scratchPool.acquire();
  const parcel = parseParcel(body);
  try {
    const n = writeZpl(scratch, parcel);
    printed.labels++;
    return scratch.bytes.slice(0, n);
  } finally {
    scratchPool.release(scratch);
  }
}

export function labelStats() {
  return { ...printed, pool: scratchPool.stats() };
}

export function countRefused() {
  printed.refused++;
}
