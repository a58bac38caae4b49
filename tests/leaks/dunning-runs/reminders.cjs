"use strict";

const STAGES = [
  { minDays: 1, stage: "friendly", subject: "A friendly reminder about invoice {number}" },
  { minDays: 14, stage: "second", subject: "Second reminder: invoice {number} is overdue" },
  { minDays: 30, stage: "final", subject: "Final notice before collection: invoice {number}" },
];

const money = new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" });

function stageFor(daysOverdue) {
  let found;
  for (const s of STAGES) if (daysOverdue >= s.minDays) found = s;
  return found;
}

/** Renders the reminder e-mail for one overdue invoice (undefined when it is not overdue). */
function renderReminder(customer, invoice, { senderName, policyUrl }) {
  const stage = stageFor(invoice.daysOverdue);
  if (!stage) return undefined;
  const amount = money.format(invoice.amountCents / 100);
  const subject = stage.subject.replace("{number}", invoice.number);
  const body = [
    `Dear ${customer.name},`,
    "",
    `Our records show that invoice ${invoice.number} for ${amount}, due on ${invoice.dueDate},`,
    `is now ${invoice.daysOverdue} days overdue.`,
    stage.stage === "final"
      ? "If we do not receive payment within 7 days we will hand this invoice to our collection agency."
      : "If you have already paid, please disregard this message.",
    "",
    `Our payment terms: ${policyUrl}`,
    "",
    "Kind regards,",
    senderName,
  ].join("\n");
  return {
    to: customer.email,
    subject,
    stage: stage.stage,
    invoice: invoice.number,
    amountCents: invoice.amountCents,
    body,
  };
}

module.exports = { renderReminder };
