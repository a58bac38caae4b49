"use strict";

/**
 * Clicks waiting for a conversion, by click id. A click converts at most once, so take()
 * removes it; clicks that never convert are pushed out oldest first once MAX_CLICKS are held.
 */
const MAX_CLICKS = 2000;
const clicks = new Map();
let evicted = 0;

class ClickError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function record(body, userAgent) {
  if (typeof body.clickId !== "string" || !/^[\w-]{3,64}$/.test(body.clickId)) {
    throw new ClickError(400, "clickId must be 3-64 letters, digits, - or _");
  }
  if (!body.campaign || !body.publisher) {
    throw new ClickError(400, "a click needs a campaign and a publisher");
  }
  const click = {
    id: body.clickId,
    campaign: String(body.campaign),
    publisher: String(body.publisher),
    subId: body.subId ? String(body.subId).slice(0, 100) : null,
    landing: body.landing ?? null,
    device: /mobile/i.test(userAgent ?? "") ? "mobile" : "desktop",
    at: Date.now(),
  };
  clicks.delete(click.id);
  clicks.set(click.id, click);
  if (clicks.size > MAX_CLICKS) {
    clicks.delete(clicks.keys().next().value);
    evicted++;
  }
  return click;
}

function take(clickId) {
  const click = clicks.get(clickId);
  if (click) clicks.delete(clickId);
  return click ?? null;
}

function stats() {
  return { waiting: clicks.size, evicted };
}

module.exports = { ClickError, record, take, stats };
