"use strict";

// Stand-in for the APNs/FCM client: formats the provider payload and counts what went out.
const sent = { apns: 0, fcm: 0, bytes: 0 };

function platformOf(token) {
  return /^[0-9a-f]{64}$/.test(token) ? "apns" : "fcm";
}

function send(message) {
  const platform = platformOf(message.token);
  const payload = platform === "apns"
    ? { aps: { alert: { title: message.title, body: message.body }, sound: "default" } }
    : {
      message: { token: message.token, notification: { title: message.title, body: message.body } },
    };
  sent[platform]++;
  sent.bytes += JSON.stringify(payload).length;
}

module.exports = { send, sent };
