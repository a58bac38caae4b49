"use strict";
const { schedule } = require("./reminders.cjs");

const HOUR = 60 * 60 * 1000;

/**
 * A finished session schedules its aftercare texts from the end time the artist enters (the
 * studio tablet, or reception typing it in from the paper sheet at the end of the day).
 */
function completeSession(body) {
  const finishedAt = Date.parse(body.finishedAt);
  const session = {
    id: String(body.id),
    studio: String(body.studio ?? "Inkwell Utrecht"),
    artist: String(body.artist ?? ""),
    placement: String(body.placement ?? ""),
    client: {
      firstName: String(body.client?.firstName ?? "there"),
      phone: String(body.client?.phone ?? ""),
    },
    finishedAt,
  };
  const plan = [
    schedule(session, "thank-you", finishedAt + HOUR),
    schedule(session, "first-wash", finishedAt + 3 * HOUR),
  ];
  return { session: session.id, plan };
}

module.exports = { completeSession };
