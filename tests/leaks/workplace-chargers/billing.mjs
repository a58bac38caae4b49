/** Charging is deducted from salary (employees) or invoiced to the host's cost centre (visitors). */

const TARIFF_CENTS_PER_KWH = { employee: 25, visitor: 39 };

export function priceSession(session) {
  const kwh = session.energyWh / 1000;
  if (!(kwh > 0)) {
    throw new RangeError(`session ${session.id}: no energy to bill (${session.energyWh} Wh)`);
  }
  const kind = session.employee ? "employee" : "visitor";
  const unitCents = TARIFF_CENTS_PER_KWH[kind];
  return {
    description: `EV charging ${session.chargePoint} ${session.startedAt.slice(0, 10)}`,
    kwh: Math.round(kwh * 1000) / 1000,
    unitCents,
    amountCents: Math.round(kwh * unitCents),
    payTo: kind === "employee" ? `payroll:${session.employee.number}` : "accounts-payable",
    costCentre: session.employee?.costCentre ?? "facilities",
  };
}
