export class LedgerError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const STATEMENT_LINES = 20;
const REPLAY_LIMIT = 200;

const wallets = new Map([
  ["w-anna", { id: "w-anna", owner: "Anna Bakker", currency: "EUR", balanceCents: 250_000 }],
  ["w-bram", { id: "w-bram", owner: "Bram Visser", currency: "EUR", balanceCents: 180_000 }],
  ["w-cafe", { id: "w-cafe", owner: "Café De Zon", currency: "EUR", balanceCents: 0 }],
  ["w-bike", { id: "w-bike", owner: "Fietsenmaker Jansen", currency: "EUR", balanceCents: 0 }],
]);
for (const wallet of wallets.values()) wallet.statement = [];

/** Finished transfers by idempotency key, so a retried request gets the same answer. */
const replays = new Map();

function walletOrThrow(id) {
  const wallet = wallets.get(id);
  if (!wallet) throw new LedgerError(404, `unknown wallet ${id}`);
  return wallet;
}

function addLine(wallet, line) {
  wallet.statement.push(line);
  if (wallet.statement.length > STATEMENT_LINES) wallet.statement.shift();
}

export function replayOf(key) {
  return replays.get(key);
}

export function remember(key, result) {
  replays.set(key, result);
  if (replays.size > REPLAY_LIMIT) replays.delete(replays.keys().next().value);
}

/** Moves money between two wallets (simulates the ledger database's round trip). */
export async function transfer({ from, to, amountCents, reference }) {
  const source = walletOrThrow(from);
  const target = walletOrThrow(to);
  if (source.currency !== target.currency) throw new LedgerError(422, "currency mismatch");
  await new Promise((resolve) => setImmediate(resolve));
  if (source.balanceCents < amountCents) {
    throw new LedgerError(402, `insufficient funds in ${source.id}`);
  }
  source.balanceCents -= amountCents;
  target.balanceCents += amountCents;
  const at = new Date().toISOString();
  addLine(source, { at, amountCents: -amountCents, counterparty: target.id, reference });
  addLine(target, { at, amountCents, counterparty: source.id, reference });
  return { from: source.id, to: target.id, amountCents, balanceCents: source.balanceCents, at };
}

/** Top-ups from the bank keep the demo wallets from running dry. */
export function topUp(id, amountCents) {
  const wallet = walletOrThrow(id);
  wallet.balanceCents += amountCents;
  addLine(wallet, {
    at: new Date().toISOString(),
    amountCents,
    counterparty: "bank",
    reference: "top-up",
  });
  return wallet.balanceCents;
}

export function walletView(id) {
  const { statement, ...wallet } = walletOrThrow(id);
  return { ...wallet, statement: statement.slice(-10) };
}
