// Customer accounts and their meter reads. Billing only needs the opening and the closing read
// of a period, so an account keeps the last two.

const accounts = new Map([
  [
    "WA-10021",
    {
      id: "WA-10021",
      holder: "M. de Groot",
      address: "Kanaalweg 14, 3526 KL Utrecht",
      meter: "WM-58812",
      tariff: "domestic-metered",
      leakAllowance: { pct: 40, reportedOn: "2025-04-28" },
      paymentPlan: null,
      reads: [
        { value: 1204, estimated: false, source: "smart-meter", readAt: "2025-03-31" },
        { value: 1261, estimated: false, source: "smart-meter", readAt: "2025-04-30" },
      ],
    },
  ],
  [
    "WA-10047",
    {
      id: "WA-10047",
      holder: "Bakkerij Verhoef",
      address: "Voorstraat 88, 3512 AR Utrecht",
      meter: "WM-60311",
      tariff: "business-metered",
      leakAllowance: null,
      paymentPlan: { instalmentCents: 4250, remaining: 5 },
      reads: [
        { value: 8830, estimated: false, source: "meter-reader", readAt: "2025-03-31" },
        { value: 9012, estimated: false, source: "meter-reader", readAt: "2025-04-30" },
      ],
    },
  ],
]);

export function findAccount(id) {
  return accounts.get(id);
}

export function recordRead(account, { meter, value, estimated, source }) {
  if (meter !== account.meter) return { error: `meter ${meter} is not on ${account.id}` };
  const read = {
    value,
    estimated: Boolean(estimated),
    source: source ?? "portal",
    readAt: new Date().toISOString().slice(0, 10),
  };
  account.reads = [account.reads[1], read];
  return { read };
}
