"use strict";

// leaguecrm: the regional netball association's member CRM client (callback style, v3.1).
// Every call answers its callback exactly once, on a later tick.

class LeagueCrm {
  constructor(options = {}) {
    this.club = options.club || "XX";
    this.latencyMs = options.latencyMs ?? 5;
    this.stats = { sent: 0, skipped: 0, rejected: 0 };
  }

  upsertContact(contact, callback) {
    if (!contact || !contact.memberNo) {
      this.stats.rejected++;
      return process.nextTick(callback, new Error("memberNo is required"));
    }
    if (!contact.email && !contact.phone) {
      this.stats.skipped++;
      return process.nextTick(callback, null, { memberNo: contact.memberNo, skipped: true });
    }
    setTimeout(() => {
      this.stats.sent++;
      callback(null, { memberNo: contact.memberNo, id: `${this.club}/${contact.memberNo}` });
    }, this.latencyMs);
  }
}

module.exports = { LeagueCrm };
