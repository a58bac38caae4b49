const debug = require("debug")("kiosk:notify");

/** Texts members when their print is ready (the SMS gateway is stubbed: the last 50 are kept). */
class Notifier {
  constructor() {
    this.sent = [];
    this.total = 0;
  }

  send(member, text) {
    this.total++;
    this.sent.push({ member, text, at: new Date().toISOString() });
    if (this.sent.length > 50) this.sent.splice(0, this.sent.length - 50);
    debug("sms to %s: %s", member, text);
  }
}

module.exports = { Notifier };
