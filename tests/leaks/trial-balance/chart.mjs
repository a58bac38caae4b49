// Chart of accounts for the group's UK entity (abridged).
export const CHART = new Map([
  ["1000", { name: "Bank — current account", type: "asset" }],
  ["1100", { name: "Trade debtors", type: "asset" }],
  ["1200", { name: "Prepayments", type: "asset" }],
  ["2100", { name: "Trade creditors", type: "liability" }],
  ["2200", { name: "VAT control", type: "liability" }],
  ["2300", { name: "Accruals", type: "liability" }],
  ["4000", { name: "Sales", type: "income" }],
  ["5000", { name: "Cost of sales", type: "expense" }],
  ["6100", { name: "Rent and rates", type: "expense" }],
  ["6200", { name: "Software subscriptions", type: "expense" }],
]);

export const NORMAL_DEBIT = new Set(["asset", "expense"]);
