import async from "async";
import axios from "axios";
import axiosRetry from "axios-retry";
import { v4 as uuidv4 } from "uuid";

const core = axios.create({
  timeout: 3000,
  headers: { "x-channel": "statements-service", accept: "application/json" },
});
axiosRetry(core, {
  retries: 2,
  retryDelay: axiosRetry.exponentialDelay,
  retryCondition: axiosRetry.isNetworkOrIdempotentRequestError,
});

export function configureCore(baseURL) {
  core.defaults.baseURL = baseURL;
}

const DAY = 86_400_000;

// Account details change rarely; a process restart is fine for picking up a new holder name.
const loadAccount = async.memoize(async (iban) => {
  const res = await core.get(`/accounts/${iban}`);
  return res.data;
});

// Booked transactions never change, so a statement period is fetched from core banking once.
const loadStatementLines = async.memoize(
  async (iban, from, to) => {
    const res = await core.get(`/accounts/${iban}/transactions`, { params: { from, to } });
    return res.data.transactions.map((t) => ({
      lineId: uuidv4(),
      date: t.bookedAt,
      amount: t.amountMinor / 100,
      direction: t.amountMinor < 0 ? "debit" : "credit",
      counterparty: t.counterparty,
      description: t.description,
      balanceAfter: t.balanceAfterMinor / 100,
    }));
  },
  (iban, from, to) => `${iban}:${from}:${to}`,
);

function period(fromParam, daysParam) {
  const from = Date.parse(fromParam);
  const days = Number(daysParam);
  if (!Number.isFinite(from) || !Number.isInteger(days) || days < 1 || days > 3660) return null;
  const to = new Date(from + (days - 1) * DAY).toISOString().slice(0, 10);
  return { from: new Date(from).toISOString().slice(0, 10), to };
}

export async function buildStatement(iban, fromParam, daysParam) {
  const p = period(fromParam, daysParam);
  if (!p) return { status: 400, body: { error: "from must be a date and days 1–3660" } };
  const [account, lines] = await async.parallel([
    (cb) => loadAccount(iban, cb),
    (cb) => loadStatementLines(iban, p.from, p.to, cb),
  ]);
  const debits = lines.filter((l) => l.direction === "debit");
  return {
    status: 200,
    body: {
      statementId: uuidv4(),
      iban,
      holder: account.holder,
      currency: account.currency,
      period: p,
      totals: {
        debit: debits.reduce((s, l) => s + l.amount, 0).toFixed(2),
        credit: lines.filter((l) => l.direction === "credit").reduce((s, l) => s + l.amount, 0)
          .toFixed(2),
      },
      lines,
    },
  };
}

export async function balance(iban) {
  const res = await core.get(`/accounts/${iban}`);
  return { iban, balance: (res.data.balanceMinor / 100).toFixed(2), currency: res.data.currency };
}
