import { nanoid } from "nanoid";

/** The bank's payout rail, simulated in-process: a little latency, and IBANs it rejects. */
export interface Transfer {
  iban: string;
  amountCents: number;
  currency: string;
  reference: string;
}

export interface BankReceipt {
  bankRef: string;
  acceptedAt: number;
  settlementDay: string;
}

const REJECTED_PREFIXES = ["XX", "ZZ"];

export function submitTransfer(transfer: Transfer, signal: AbortSignal): Promise<BankReceipt> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const latency = 2 + (transfer.amountCents % 7);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      if (REJECTED_PREFIXES.some((p) => transfer.iban.startsWith(p))) {
        reject(new Error(`bank rejected ${transfer.iban.slice(0, 4)}…`));
        return;
      }
      const settlement = new Date(Date.now() + 24 * 3600 * 1000);
      resolve({
        bankRef: `BNK-${nanoid(12)}`,
        acceptedAt: Date.now(),
        settlementDay: settlement.toISOString().slice(0, 10),
      });
    }, latency);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
