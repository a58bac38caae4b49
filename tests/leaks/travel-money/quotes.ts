import type { Snapshot } from "./rates.ts";

export interface Quote {
  from: string;
  to: string;
  amount: number;
  midRate: number;
  customerRate: number;
  receive: number;
  commission: number;
  display: string;
  ratesAt: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

function money(currency: string, value: number): string {
  let format = formatters.get(currency);
  if (!format) {
    format = new Intl.NumberFormat("en-GB", { style: "currency", currency });
    formatters.set(currency, format);
  }
  return format.format(value);
}

/** A counter quote: the mid rate less the till's margin, and the flat commission for small sums. */
export function quote(
  snapshot: Snapshot,
  from: string,
  to: string,
  amount: number,
  marginBps: number,
): Quote | undefined {
  const fromRate = snapshot.table[from];
  const toRate = snapshot.table[to];
  if (!fromRate || !toRate) return undefined;
  const midRate = toRate / fromRate;
  const customerRate = midRate * (1 - marginBps / 10_000);
  const commission = amount < 200 ? 2.5 : 0;
  const receive = Math.max(0, Math.round((amount - commission) * customerRate * 100) / 100);
  return {
    from,
    to,
    amount,
    midRate: Number(midRate.toFixed(6)),
    customerRate: Number(customerRate.toFixed(6)),
    receive,
    commission,
    display: `${money(from, amount)} → ${money(to, receive)}`,
    ratesAt: new Date(snapshot.fetchedAt).toISOString(),
  };
}
