"use strict";

const { getEmployee } = require("./hr_client.cjs");

const eur = new Intl.NumberFormat("nl-NL", { style: "currency", currency: "EUR" });

function wageTax(grossCents, taxCredit) {
  const rate = grossCents > 650_000 ? 0.4953 : 0.3697;
  const credit = taxCredit ? 26_800 : 0;
  return Math.max(0, Math.round(grossCents * rate) - credit);
}

async function renderPayslip({ employeeId, period }) {
  const employee = await getEmployee(employeeId);
  const gross = employee.grossMonthlyCents;
  const pension = Math.round((gross * employee.pensionPercent) / 100);
  const tax = wageTax(gross - pension, employee.taxCredit);
  const net = gross - pension - tax;
  const lines = [
    ["Gross salary", gross],
    ["Pension contribution", -pension],
    ["Wage tax", -tax],
    ["Net pay", net],
  ];
  return {
    employee: employee.id,
    period,
    payTo: employee.iban,
    netCents: net,
    text: lines.map(([label, cents]) => `${label.padEnd(24)}${eur.format(cents / 100)}`).join("\n"),
  };
}

module.exports = { renderPayslip };
