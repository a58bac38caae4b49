// Client for the payment provider's transfers API. The sandbox account answers from the
// transfer id alone (the id carries its creation time), the way their test mode behaves: a
// transfer is pending, then in transit, then paid about 150 ms after it was created.

export type TransferStatus = "pending" | "in_transit" | "paid" | "failed";

export interface Transfer {
  id: string;
  status: TransferStatus;
  amount: number;
  currency: string;
  arrivalDate: string | null;
}

let seq = 0;

export function createTransfer(
  amount: number,
  currency: string,
  destination: string,
): Promise<Transfer> {
  if (!destination.startsWith("acct_")) {
    return Promise.reject(new Error(`unknown destination ${destination}`));
  }
  const id = `tr_${Date.now().toString(36)}_${(++seq).toString(36)}_${amount}`;
  return Promise.resolve({ id, status: "pending", amount, currency, arrivalDate: null });
}

export async function getTransfer(id: string): Promise<Transfer> {
  await new Promise((r) => setTimeout(r, 2)); // network round trip
  const [, created, , amount] = id.split("_");
  const age = Date.now() - parseInt(created, 36);
  const status: TransferStatus = age > 150 ? "paid" : age > 60 ? "in_transit" : "pending";
  return {
    id,
    status,
    amount: Number(amount),
    currency: "gbp",
    arrivalDate: status === "paid" ? new Date().toISOString().slice(0, 10) : null,
  };
}
