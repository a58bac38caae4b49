// Water and sewerage charges for a billing period. computeBill() is shared by the customer's
// bill preview and the monthly billing run.

const TARIFFS = {
  "domestic-metered": { standingCents: 1850, perM3Cents: 164, sewerPerM3Cents: 121, vatPct: 9 },
  "business-metered": { standingCents: 4200, perM3Cents: 151, sewerPerM3Cents: 118, vatPct: 9 },
};

// Notices are optional: the preview shows them to the customer, the billing run does not need
// them, so callers that pass nothing share one empty list instead of allocating one per bill.
const NO_NOTICES = [];

function raise(notices, code, account, message) {
  notices.push({
    code,
    account: account.id,
    meter: account.meter,
    message,
    raisedAt: new Date().toISOString(),
  });
}

const euros = (cents) => `€${(cents / 100).toFixed(2)}`;

export function computeBill(account, period, notices = NO_NOTICES) {
  const tariff = TARIFFS[account.tariff];
  const [opening, closing] = account.reads;
  // An estimate can come out below the last actual read; never bill negative usage.
  let usedM3 = Math.max(0, closing.value - opening.value);

  if (closing.estimated) {
    raise(
      notices,
      "ESTIMATED_READ",
      account,
      `Your ${period} bill uses an estimated reading of ${closing.value} m³ for meter ${account.meter}; submit a reading to correct it.`,
    );
  }
  if (account.leakAllowance) {
    const { pct, reportedOn } = account.leakAllowance;
    usedM3 = Math.round(usedM3 * (100 - pct)) / 100;
    raise(
      notices,
      "LEAK_ALLOWANCE",
      account,
      `A leak allowance of ${pct}% was applied to your ${period} usage after the repair reported on ${reportedOn}.`,
    );
  }

  const lines = [
    { label: "Standing charge", cents: tariff.standingCents },
    { label: `Water ${usedM3} m³`, cents: Math.round(usedM3 * tariff.perM3Cents) },
    { label: `Sewerage ${usedM3} m³`, cents: Math.round(usedM3 * tariff.sewerPerM3Cents) },
  ];
  const netCents = lines.reduce((sum, line) => sum + line.cents, 0);
  const vatCents = Math.round((netCents * tariff.vatPct) / 100);

  if (account.paymentPlan) {
    const { instalmentCents, remaining } = account.paymentPlan;
    raise(
      notices,
      "PAYMENT_PLAN",
      account,
      `${remaining} instalments of ${
        euros(instalmentCents)
      } remain on your payment plan; they are collected with this bill.`,
    );
  }

  return {
    account: account.id,
    period,
    usedM3,
    lines,
    netCents,
    vatCents,
    totalCents: netCents + vatCents,
    formatted: euros(netCents + vatCents),
  };
}
