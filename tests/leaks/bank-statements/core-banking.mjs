// Stand-in for the core banking system's REST facade (in the same process so the statements
// service runs on its own): accounts and their booked transactions, generated deterministically.
import http from "node:http";

const ACCOUNTS = {
  NL91ABNA0417164300: { holder: "Fenna de Vries", currency: "EUR", product: "current" },
  DE89370400440532013000: { holder: "Jonas Keller", currency: "EUR", product: "savings" },
};
const COUNTERPARTIES = ["Albert Heijn", "NS Reizen", "Vattenfall", "Bol.com", "Gemeente Utrecht"];
const DAY = 86_400_000;

function transactionsFor(iban, from, to) {
  const out = [];
  let balance = 250_000;
  for (let t = from; t <= to && out.length < 12; t += 3 * DAY) {
    const seed = (t / DAY + iban.length) % 97;
    const amountMinor = seed % 4 === 0 ? 310_000 : -((seed * 1373) % 18_000 + 250);
    balance += amountMinor;
    out.push({
      bookedAt: new Date(t).toISOString().slice(0, 10),
      amountMinor,
      counterparty: COUNTERPARTIES[seed % COUNTERPARTIES.length],
      description: amountMinor > 0 ? "Salary" : `Card payment ${seed}`,
      balanceAfterMinor: balance,
    });
  }
  return out;
}

export function startCoreBanking() {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://core.local");
    const m = /^\/accounts\/([A-Z0-9]+)(\/transactions)?$/.exec(url.pathname);
    const account = m && ACCOUNTS[m[1]];
    res.setHeader("content-type", "application/json");
    if (!account) {
      res.statusCode = 404;
      return res.end(JSON.stringify({ error: "no such account" }));
    }
    if (!m[2]) return res.end(JSON.stringify({ iban: m[1], ...account, balanceMinor: 412_233 }));
    const from = Date.parse(url.searchParams.get("from"));
    const to = Date.parse(url.searchParams.get("to"));
    res.end(JSON.stringify({ iban: m[1], transactions: transactionsFor(m[1], from, to) }));
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${server.address().port}`));
  });
}
