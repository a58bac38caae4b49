import { EventBus } from "./bus.ts";

export interface Registration {
  serial: string;
  model: string;
  purchasedAt: string;
  channel: "dealer" | "online";
  dealerCode: string | null;
  customer: { name: string; email: string; postcode: string };
  coverageEnds: string;
  registeredAt: string;
}

export class ValidationError extends Error {}

export const MODELS: Record<string, { name: string; years: number; extendable: boolean }> = {
  "dishwasher-sx60": { name: "SX60 Dishwasher", years: 2, extendable: true },
  "washer-wm814": { name: "WM814 Washing Machine", years: 2, extendable: true },
  "oven-bo72": { name: "BO72 Built-in Oven", years: 3, extendable: false },
  "fridge-kf300": { name: "KF300 Fridge Freezer", years: 5, extendable: false },
};

export const bus = new EventBus();

const SERIAL = /^[A-Z]{2}-[\w-]{3,32}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

let written = 0;
let bytesSent = 0;

async function insertRow(table: string, row: Record<string, unknown>): Promise<void> {
  // The warranty database lives behind the product-data API; one round trip per insert.
  const payload = JSON.stringify({ table, row });
  await new Promise((resolve) => setTimeout(resolve, 1));
  written++;
  bytesSent += payload.length;
}

function publish<T>(type: string, payload: T): void {
  try {
    bus.emit(type, payload);
  } catch (err) {
    console.warn(`subscriber of ${type} failed: ${(err as Error).message}`);
  }
}

export async function register(body: Record<string, unknown>): Promise<Registration> {
  const serial = String(body.serial ?? "").toUpperCase();
  const model = MODELS[String(body.model)];
  const purchasedAt = String(body.purchasedAt ?? "");
  const customer = body.customer as Registration["customer"] | undefined;
  if (!SERIAL.test(serial)) throw new ValidationError("serial number is not valid");
  if (!model) throw new ValidationError("unknown model");
  if (!DATE.test(purchasedAt)) throw new ValidationError("purchasedAt must be YYYY-MM-DD");
  if (!customer?.name || !customer.email?.includes("@")) {
    throw new ValidationError("customer name and email are required");
  }

  const ends = new Date(purchasedAt);
  ends.setFullYear(ends.getFullYear() + model.years);
  const registration: Registration = {
    serial,
    model: String(body.model),
    purchasedAt,
    channel: body.dealer ? "dealer" : "online",
    dealerCode: body.dealer ? String(body.dealer) : null,
    customer: {
      name: customer.name,
      email: customer.email.toLowerCase(),
      postcode: customer.postcode ?? "",
    },
    coverageEnds: ends.toISOString().slice(0, 10),
    registeredAt: new Date().toISOString(),
  };
  await insertRow("registrations", { ...registration });
  publish("registration.created", registration);
  return registration;
}

export function rowsWritten(): { rows: number; bytes: number } {
  return { rows: written, bytes: bytesSent };
}
