const OUTBOX_KEPT = 50;

export class AlertError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const active = new Map();
// what the mailer picks up; it keeps its own copy, so only the tail is kept here
const outbox = [];
let fired = 0;

export function createAlert(body, feed) {
  const below = Number(body.belowCents);
  if (!body.id || !body.email || !body.from || !body.to || !(below > 0)) {
    throw new AlertError(400, "id, email, from, to and belowCents required");
  }
  if (active.has(body.id)) throw new AlertError(409, `alert ${body.id} exists`);
  const alert = {
    id: body.id,
    email: body.email,
    route: `${body.from}-${body.to}`.toUpperCase(),
    belowCents: below,
    currency: body.currency ?? "GBP",
    travelMonth: body.travelMonth ?? null,
    locale: body.locale ?? "en-GB",
    createdAt: new Date().toISOString(),
    active: true,
    firedAt: null,
  };
  active.set(alert.id, alert);
  feed.watch(alert.route, (fare) => {
    if (!alert.active || fare.amountCents >= alert.belowCents) return;
    fire(alert, fare);
  });
  return alert;
}

function fire(alert, fare) {
  alert.active = false;
  alert.firedAt = fare.observedAt;
  active.delete(alert.id);
  fired++;
  const price = new Intl.NumberFormat(alert.locale, { style: "currency", currency: fare.currency })
    .format(fare.amountCents / 100);
  outbox.push({
    to: alert.email,
    subject: `${alert.route} is now ${price}`,
    text: `${fare.carrier} has ${alert.route} at ${price}, under your alert price. Fares change ` +
      `quickly; book soon to get this price.`,
    alertId: alert.id,
  });
  if (outbox.length > OUTBOX_KEPT) outbox.shift();
}

export function cancelAlert(id) {
  const alert = active.get(id);
  if (!alert) throw new AlertError(404, `no active alert ${id}`);
  alert.active = false;
  active.delete(id);
  return alert;
}

export function alertStats() {
  return { active: active.size, fired, queued: outbox.length };
}

export function recentNotifications(limit) {
  return outbox.slice(-limit);
}
