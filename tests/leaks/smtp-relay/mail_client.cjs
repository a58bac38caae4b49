"use strict";

// A small client for the internal mail gateway, written in the pre-class style of the rest of
// this codebase. One client per tenant configuration.

function MailClient(options) {
  if (!(this instanceof MailClient)) return new MailClient(options);
  this.host = options.host;
  this.from = options.from;
  this.replyTo = options.replyTo || options.from;
  this.tenant = options.tenant;
  this.retries = options.retries == null ? 2 : options.retries;
}

// Delivery receipts, so a failed send can be retried or reported.
MailClient.prototype.receipts = [];
MailClient.prototype.maxBodyBytes = 256 * 1024;

MailClient.prototype.buildMessage = function (to, subject, text) {
  return {
    from: this.from,
    replyTo: this.replyTo,
    to: to,
    subject: subject,
    text: text,
    headers: { "x-tenant": this.tenant, "x-mailer": "relay/1.8" },
  };
};

MailClient.prototype.send = function (to, subject, text, callback) {
  const message = this.buildMessage(to, subject, text);
  if (Buffer.byteLength(text) > this.maxBodyBytes) {
    return process.nextTick(callback, new Error("message too large"));
  }
  // deno-lint-ignore no-this-alias -- the pre-class style of this codebase
  const self = this;
  // The gateway accepts asynchronously; simulate its answer.
  setImmediate(function () {
    const receipt = {
      id: "msg-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 8),
      tenant: self.tenant,
      to: message.to,
      subject: message.subject,
      acceptedAt: new Date().toISOString(),
      gateway: self.host,
    };
    self.receipts.push(receipt);
    callback(null, receipt);
  });
};

MailClient.prototype.lastReceipt = function () {
  return this.receipts[this.receipts.length - 1];
};

module.exports = MailClient;
