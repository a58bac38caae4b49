// Demo workspaces for sales trials: each comes seeded with sample customers and invoices.

const FIRST = ["Anna", "Bram", "Chloe", "Daan", "Eva", "Finn"];
const CITIES = ["Utrecht", "Leeds", "Boston", "Ghent", "Lyon", "Porto"];

export function createSandbox({ slug, company, owner, timezone, plan = "trial" }) {
  const id = slug;
  const customers = FIRST.map((first, n) => ({
    id: `${id}-cust-${n + 1}`,
    name: `${first} ${company} Demo`,
    email: `${first.toLowerCase()}@${company.toLowerCase().replace(/\W+/g, "")}.example`,
    city: CITIES[n],
  }));
  const invoices = customers.flatMap((customer, n) => [
    {
      number: `${id}-INV-${2 * n + 1}`,
      customer: customer.id,
      amountCents: 12_500 + n * 1_750,
      status: "paid",
    },
    {
      number: `${id}-INV-${2 * n + 2}`,
      customer: customer.id,
      amountCents: 4_990 + n * 310,
      status: n % 2 ? "overdue" : "open",
    },
  ]);
  return {
    id,
    company,
    owner,
    timezone,
    plan,
    createdAt: new Date().toISOString(),
    customers,
    invoices,
    digestJob: undefined,
  };
}

export function digestFor(sandbox) {
  const open = sandbox.invoices.filter((invoice) => invoice.status !== "paid");
  const outstanding = open.reduce((sum, invoice) => sum + invoice.amountCents, 0);
  return {
    to: sandbox.owner,
    subject: `${sandbox.company}: ${open.length} open invoices`,
    outstandingCents: outstanding,
  };
}
