"use strict";

// clubcrm: the league's hosted member CRM, client library (callback style, v2.3).
//
//   const client = new CrmClient({ club: "HC", latencyMs: 5 });
//   client.upsertContact(contact, (err, result) => { ... });
//
// Contacts are matched on memberNo; email and phone are the channels the CRM's mailings and
// texts go out on.

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

class CrmError extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
}

class CrmClient {
  constructor(options = {}) {
    this.club = options.club || "XX";
    this.latencyMs = options.latencyMs ?? 5;
    this.stats = { sent: 0, skipped: 0, rejected: 0 };
    this._revision = 0;
  }

  upsertContact(contact, callback) {
    if (!contact || !contact.memberNo) {
      this.stats.rejected++;
      return process.nextTick(callback, new CrmError("memberNo is required", "E_NO_KEY"));
    }
    if (contact.email && !EMAIL.test(contact.email)) {
      this.stats.rejected++;
      return process.nextTick(callback, new CrmError("invalid email", "E_EMAIL"));
    }
    if (!contact.email && !contact.phone) {
      // Nothing the CRM could reach this contact on: save the round trip.
      this.stats.skipped++;
      return;
    }
    const body = JSON.stringify({ club: this.club, ...contact });
    setTimeout(() => {
      this.stats.sent++;
      callback(null, {
        id: `${this.club}-${contact.memberNo}`,
        revision: ++this._revision,
        bytes: body.length,
      });
    }, this.latencyMs);
  }

  unsubscribe(memberNo, channel, callback) {
    setTimeout(() => callback(null, { memberNo, channel, unsubscribed: true }), this.latencyMs);
  }
}

module.exports = { CrmClient, CrmError };
