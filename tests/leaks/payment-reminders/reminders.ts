// Payment reminders and receipts for open invoices; dates in the customer's time zone with
// luxon. Invoices are forgotten once paid (the ledger keeps the last 50 receipts).
import { DateTime } from "luxon";
import { type Locale, LOCALES, MessageCatalog } from "./catalog.ts";

export interface Invoice {
  id: string;
  customer: string;
  locale: Locale;
  zone: string;
  amount: number;
  dueDate: string;
}

export const catalog = new MessageCatalog();
const open = new Map<string, Invoice>();
const receipts: { invoice: string; text: string }[] = [];
const ZONES = new Set(["Europe/Berlin", "Europe/Paris", "Europe/Amsterdam", "Europe/London"]);

export function openInvoice(input: Partial<Invoice>): Invoice | string {
  if (!input.id || !input.customer || typeof input.amount !== "number") {
    return "id, customer and amount required";
  }
  if (!LOCALES.includes(input.locale as Locale)) return "unsupported locale";
  if (!ZONES.has(input.zone ?? "")) return "unsupported zone";
  if (!DateTime.fromISO(input.dueDate ?? "").isValid) return "dueDate must be ISO";
  const invoice = input as Invoice;
  open.set(invoice.id, invoice);
  return invoice;
}

export function reminderFor(id: string, now = DateTime.now()): string | undefined {
  const inv = open.get(id);
  if (!inv) return undefined;
  const due = DateTime.fromISO(inv.dueDate, { zone: inv.zone }).setLocale(inv.locale);
  const days = Math.max(0, Math.ceil(due.diff(now.setZone(inv.zone), "days").days));
  return catalog.reminder(inv.locale, inv.customer, {
    invoice: inv.id,
    amount: inv.amount,
    due: due.toLocaleString(DateTime.DATE_MED),
    days,
  });
}

export function pay(id: string): string | undefined {
  const inv = open.get(id);
  if (!inv) return undefined;
  const paidOn = DateTime.now().setZone(inv.zone).setLocale(inv.locale)
    .toLocaleString(DateTime.DATE_FULL);
  const text = catalog.text(inv.locale, "receipt", { amount: inv.amount, paidOn });
  open.delete(id);
  receipts.push({ invoice: id, text });
  if (receipts.length > 50) receipts.shift();
  return text;
}

export function ledger() {
  return { open: open.size, receipts: receipts.slice(-5), catalog: catalog.stats() };
}
