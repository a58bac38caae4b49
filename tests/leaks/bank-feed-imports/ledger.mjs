/** Bank accounts we keep books for: the balance and the latest postings shown on the dashboard. */
const accounts = new Map([
  ["NL91ABNA0417164300", {
    iban: "NL91ABNA0417164300",
    name: "De Vries Interieur B.V. (current)",
    currency: "EUR",
    balanceCents: 1_254_000,
    postings: [],
  }],
  ["NL20INGB0001234567", {
    iban: "NL20INGB0001234567",
    name: "De Vries Interieur B.V. (savings)",
    currency: "EUR",
    balanceCents: 4_000_000,
    postings: [],
  }],
]);

const LATEST = 25;

export function account(iban) {
  return accounts.get(iban) ?? null;
}

export function post(iban, lines) {
  const acct = accounts.get(iban);
  if (!acct) throw new Error(`no account ${iban}`);
  for (const line of lines) {
    acct.balanceCents += line.amountCents;
    acct.postings.unshift({
      date: line.date,
      description: line.description,
      amountCents: line.amountCents,
      reference: line.reference,
    });
  }
  if (acct.postings.length > LATEST) acct.postings.length = LATEST;
  return lines.length;
}
