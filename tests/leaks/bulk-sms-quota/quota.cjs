"use strict";

/**
 * Message credits per account. Sending is two-phase: a quote puts a hold on the credits for a
 * short while, sending against the quote turns the hold into usage. Holds that are never used
 * lapse and give their credits back.
 */

const QUOTE_HOLD_MS = 250;

class QuotaError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

class QuotaLedger {
  #accounts = new Map();
  #holds = new Map();
  #seq = 0;
  #lapsed = 0;

  openAccount(id, monthlyCredits) {
    this.#accounts.set(id, { id, monthlyCredits, used: 0, held: 0 });
  }

  account(id) {
    const account = this.#accounts.get(id);
    if (!account) throw new QuotaError(404, `no account ${id}`);
    return account;
  }

  hold(accountId, recipients, { ref, campaign, body, ttlMs = QUOTE_HOLD_MS }) {
    const account = this.account(accountId);
    if (ref !== undefined && this.#holds.has(ref)) throw new QuotaError(409, `quote ${ref} exists`);
    const credits = recipients.length * segments(body);
    if (account.used + account.held + credits > account.monthlyCredits) {
      throw new QuotaError(402, `account ${accountId} has not enough credits left`);
    }
    account.held += credits;
    const now = Date.now();
    const hold = {
      id: ref ?? `q-${++this.#seq}`,
      accountId,
      campaign,
      body,
      recipients,
      credits,
      createdAt: now,
      expiresAt: now + ttlMs,
    };
    this.#holds.set(hold.id, hold);
    return hold;
  }

  take(holdId) {
    const hold = this.#holds.get(holdId);
    if (!hold) throw new QuotaError(410, "quote has expired, ask for a new one");
    this.#holds.delete(holdId);
    return hold;
  }

  /** Credits actually spent once the carrier has answered. */
  charge(hold, delivered) {
    const account = this.account(hold.accountId);
    account.held -= hold.credits;
    account.used += delivered * segments(hold.body);
  }

  // Holds sit in the map in the order they were made, so the scan can stop at the first one
  // that is still live.
  expire(now = Date.now()) {
    for (const hold of this.#holds.values()) {
      if (hold.expiresAt > now) break;
      this.#holds.delete(hold.id);
      this.account(hold.accountId).held -= hold.credits;
      this.#lapsed++;
    }
  }

  stats() {
    return { holds: this.#holds.size, lapsed: this.#lapsed, accounts: this.#accounts.size };
  }
}

/** GSM-7 messages are 160 characters a segment, 153 once split. */
function segments(body) {
  const length = String(body ?? "").length;
  return length <= 160 ? 1 : Math.ceil(length / 153);
}

module.exports = { QuotaError, QuotaLedger, segments };
