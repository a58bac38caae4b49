import { Mutex } from "async-mutex";
import dayjs from "dayjs";

interface Movement {
  id: string;
  amountCents: number;
  counterparty: string;
  valueDate: string;
}

interface Wallet {
  id: string;
  balanceCents: number;
  mutex: Mutex;
  recent: Movement[];
}

export const wallets = new Map<string, Wallet>();
for (let n = 1; n <= 8; n++) {
  wallets.set(`wallet-${n}`, {
    id: `wallet-${n}`,
    balanceCents: 500_000,
    mutex: new Mutex(),
    recent: [],
  });
}

let nextMovement = 1;

function book(wallet: Wallet, amountCents: number, counterparty: string) {
  wallet.balanceCents += amountCents;
  wallet.recent.unshift({
    id: `mv-${nextMovement++}`,
    amountCents,
    counterparty,
    valueDate: dayjs().format("YYYY-MM-DD"),
  });
  wallet.recent.length = Math.min(wallet.recent.length, 20);
}

/** Moves money between two wallets, locking both in id order so two transfers cannot deadlock. */
export async function transfer(fromId: string, toId: string, amountCents: number) {
  const from = wallets.get(fromId);
  const to = wallets.get(toId);
  if (!from || !to || from === to) return { status: 404, body: { error: "unknown wallet" } };
  const [first, second] = from.id < to.id ? [from, to] : [to, from];
  return await first.mutex.runExclusive(() =>
    second.mutex.runExclusive(async () => {
      await new Promise((r) => setTimeout(r, 1)); // the ledger write
      if (from.balanceCents < amountCents) {
        return { status: 409, body: { error: "insufficient funds" } };
      }
      book(from, -amountCents, to.id);
      book(to, amountCents, from.id);
      return {
        status: 201,
        body: { from: from.id, to: to.id, amountCents, balanceCents: from.balanceCents },
      };
    })
  );
}

export async function topUp(walletId: string, amountCents: number) {
  const wallet = wallets.get(walletId);
  if (!wallet) return { status: 404, body: { error: "unknown wallet" } };
  return await wallet.mutex.runExclusive(() => {
    book(wallet, amountCents, "card-topup");
    return { status: 201, body: { wallet: wallet.id, balanceCents: wallet.balanceCents } };
  });
}
