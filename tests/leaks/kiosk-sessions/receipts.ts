// The last RECEIPTS receipts, for reprints at the service desk: a fixed ring.

export interface Receipt {
  number: number;
  kiosk: string;
  lines: number;
  totalCents: number;
  loyaltyId?: string;
  at: string;
}

const RECEIPTS = 40;
const ring: (Receipt | undefined)[] = new Array(RECEIPTS);
let next = 0;

export function keepReceipt(receipt: Omit<Receipt, "number">): Receipt {
  const full = { number: next + 1, ...receipt };
  ring[next % RECEIPTS] = full;
  next++;
  return full;
}

export function findReceipt(number: number): Receipt | undefined {
  const r = ring[(number - 1) % RECEIPTS];
  return r && r.number === number ? r : undefined;
}

export function receiptCount(): number {
  return Math.min(next, RECEIPTS);
}
