// Wallets, balances and transfers. Amounts are integer cents; a transfer is idempotent per
// Idempotency-Key (the app retries on a flaky connection).

import { recordAudit } from "./audit.mjs";
import { log, span } from "./context.mjs";
import { transferFee } from "./fees.mjs";

export class WalletError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const wallets = new Map(
  [
    {
      id: "wal-anna",
      owner: "anna",
      household: "h-17",
      balanceCents: 2_000_000,
      transferLimitCents: 100_000,
    },
    {
      id: "wal-bram",
      owner: "bram",
      household: "h-17",
      balanceCents: 2_000_000,
      transferLimitCents: 100_000,
    },
    {
      id: "wal-chen",
      owner: "chen",
      household: null,
      balanceCents: 500_000,
      transferLimitCents: 50_000,
    },
    { id: "wal-fees", owner: "system", household: null, balanceCents: 0, transferLimitCents: 0 },
  ].map((w) => [w.id, { ...w, recent: [], sentCents: 0 }]),
);

const IDEMPOTENCY_KEEP = 128;
const completed = new Map();
const RECENT = 20;

export function findWallet(id, user) {
  const wallet = wallets.get(id);
  if (!wallet) throw new WalletError(404, `no wallet ${id}`);
  if (user && wallet.owner !== user) throw new WalletError(403, "not your wallet");
  return wallet;
}

function remember(wallet, entry) {
  wallet.recent.unshift(entry);
  if (wallet.recent.length > RECENT) wallet.recent.length = RECENT;
}

export async function transfer({ from, to, amountCents, memo }, user, idempotencyKey) {
  if (idempotencyKey && completed.has(idempotencyKey)) {
    return { ...completed.get(idempotencyKey), replayed: true };
  }
  const source = findWallet(from, user);
  const target = findWallet(to);
  if (source === target) throw new WalletError(422, "cannot transfer to the same wallet");
  if (!Number.isInteger(amountCents) || amountCents <= 0) {
    throw new WalletError(422, "amountCents must be a positive integer");
  }
  const fee = transferFee(source, target, amountCents);
  await span("risk-check", async () => {
    if (amountCents > source.transferLimitCents) {
      throw new WalletError(422, "amount is above the wallet's transfer limit");
    }
    await new Promise((resolve) => setImmediate(resolve));
  });
  if (source.balanceCents < amountCents + fee) throw new WalletError(422, "insufficient funds");

  source.balanceCents -= amountCents + fee;
  source.sentCents += amountCents;
  target.balanceCents += amountCents;
  wallets.get("wal-fees").balanceCents += fee;

  const receipt = {
    id: `trf_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
    from: source.id,
    to: target.id,
    amountCents,
    feeCents: fee,
    memo: String(memo ?? "").slice(0, 140),
    at: new Date().toISOString(),
  };
  remember(source, { ...receipt, direction: "out" });
  remember(target, { ...receipt, direction: "in" });
  if (idempotencyKey) {
    completed.set(idempotencyKey, receipt);
    if (completed.size > IDEMPOTENCY_KEEP) completed.delete(completed.keys().next().value);
  }
  recordAudit("transfer", { id: receipt.id, from: source.id, to: target.id, amountCents, fee });
  log("info", "transfer booked", { id: receipt.id, amountCents });
  return receipt;
}

export function updateSettings(wallet, body) {
  const changes = {};
  if (body.transferLimitCents !== undefined) {
    const limit = Number(body.transferLimitCents);
    if (!Number.isInteger(limit) || limit < 0 || limit > 500_000) {
      throw new WalletError(422, "transferLimitCents must be 0-500000");
    }
    changes.transferLimitCents = [wallet.transferLimitCents, limit];
    wallet.transferLimitCents = limit;
  }
  if (Object.keys(changes).length === 0) throw new WalletError(422, "nothing to change");
  recordAudit("settings", { wallet: wallet.id, changes });
  return wallet;
}

export function view(wallet) {
  const { id, owner, balanceCents, transferLimitCents, sentCents, recent } = wallet;
  return { id, owner, balanceCents, transferLimitCents, sentCents, recent: recent.slice(0, 10) };
}
