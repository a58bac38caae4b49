import { bus, MODELS, type Registration } from "./registrations.ts";
import type { DomainEvent } from "./bus.ts";

interface Dealer {
  code: string;
  name: string;
  commissionCents: number;
  registrations: number;
}

const dealers = new Map<string, Dealer>([
  ["KWK-114", { code: "KWK-114", name: "Keukenhuis Kok", commissionCents: 0, registrations: 0 }],
  ["ELC-201", { code: "ELC-201", name: "Electro Centrum", commissionCents: 0, registrations: 0 }],
  ["WTG-033", { code: "WTG-033", name: "Witgoed Gigant", commissionCents: 0, registrations: 0 }],
]);

const COMMISSION_CENTS = 250;

export const receipts: { to: string; subject: string; queuedAt: number }[] = [];
const RECEIPTS_KEPT = 100;

export const registrationsByModel = new Map<string, number>();

export function wireSubscribers(): void {
  bus.on<Registration>("registration.created", ({ payload }) => {
    registrationsByModel.set(payload.model, (registrationsByModel.get(payload.model) ?? 0) + 1);
  });

  bus.on<Registration>("registration.created", ({ payload }) => {
    if (payload.channel !== "dealer" && payload.dealerCode === null) {
      // Online purchases are credited to the regional dealer of the customer's postcode.
      payload.dealerCode = regionalDealer(payload.customer.postcode);
    }
    const dealer = dealers.get(payload.dealerCode!)!;
    dealer.registrations++;
    dealer.commissionCents += COMMISSION_CENTS;
  });

  bus.on<Registration>("registration.created", ({ payload }) => {
    receipts.push({
      to: payload.customer.email,
      subject: `Your ${MODELS[payload.model].name} is registered (${payload.serial})`,
      queuedAt: Date.now(),
    });
    if (receipts.length > RECEIPTS_KEPT) receipts.shift();
    if (MODELS[payload.model].extendable) bus.emit("offer.extension", payload);
  });

  bus.on<Registration>("offer.extension", ({ payload, at }: DomainEvent<Registration>) => {
    const subject = `Extend the cover of your ${MODELS[payload.model].name} to 5 years`;
    receipts.push({ to: payload.customer.email, subject, queuedAt: at });
    if (receipts.length > RECEIPTS_KEPT) receipts.shift();
  });
}

function regionalDealer(postcode: string): string | null {
  const digits = Number(postcode.slice(0, 2));
  if (digits >= 10 && digits < 40) return "KWK-114";
  if (digits >= 40 && digits < 70) return "ELC-201";
  if (digits >= 70 && digits < 100) return "WTG-033";
  return null;
}

export function dealerReport() {
  return [...dealers.values()];
}
