"use strict";

const { QuotaError, QuotaLedger } = require("./quota.cjs");
const { submitBatch } = require("./carrier.cjs");

const ledger = new QuotaLedger();
ledger.openAccount("acme-pharmacy", 2_000_000);
ledger.openAccount("northside-dental", 500_000);

// Scheduled campaigns hold their credits until they go out.
const SCHEDULED = [
  {
    account: "acme-pharmacy",
    campaign: "flu-jab-reminder",
    sendAt: "09:00 tomorrow",
    body: "Your flu jab is due. Book at acme-pharmacy.example/flu or reply STOP to opt out.",
    recipients: Array.from({ length: 40 }, (_, n) => `+447700900${String(n).padStart(3, "0")}`),
  },
];
for (const s of SCHEDULED) {
  ledger.hold(s.account, s.recipients, {
    campaign: s.campaign,
    body: s.body,
    ttlMs: 24 * 3600_000,
  });
}

setInterval(() => ledger.expire(), 200).unref();

const sent = [];

function parseRecipients(list) {
  if (!Array.isArray(list) || list.length === 0) {
    throw new QuotaError(400, "recipients must be a non-empty list");
  }
  return list.map((r) => String(r).replace(/[\s()-]/g, ""));
}

function quoteCampaign(accountId, input) {
  if (!input.body) throw new QuotaError(400, "body is required");
  const recipients = parseRecipients(input.recipients);
  // the client may name the quote (its own reference) so a retried request can't double-hold
  const hold = ledger.hold(accountId, recipients, {
    ref: input.ref === undefined ? undefined : `${accountId}/${input.ref}`,
    campaign: input.campaign,
    body: input.body,
  });
  return {
    quote: hold.id,
    credits: hold.credits,
    expiresAt: new Date(hold.expiresAt).toISOString(),
  };
}

async function sendQuoted(accountId, quoteId, sender) {
  const hold = ledger.take(quoteId.startsWith("q-") ? quoteId : `${accountId}/${quoteId}`);
  if (hold.accountId !== accountId) throw new QuotaError(403, "quote belongs to another account");
  const report = await submitBatch(sender ?? "ACME", hold.recipients, hold.body);
  const delivered = report.results.filter((r) => r.status === "accepted").length;
  ledger.charge(hold, delivered);
  const summary = {
    quote: quoteId,
    campaign: hold.campaign,
    delivered,
    rejected: report.results.length - delivered,
  };
  sent.unshift(summary);
  if (sent.length > 20) sent.length = 20;
  return summary;
}

function accountStatus(accountId) {
  const a = ledger.account(accountId);
  return { ...a, remaining: a.monthlyCredits - a.used - a.held, recent: sent.slice(0, 5) };
}

module.exports = { accountStatus, ledger, quoteCampaign, sendQuoted };
