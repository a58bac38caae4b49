"use strict";

const { buildCards } = require("./rounds.cjs");
const { acknowledge, deviceStatus, outbox, queueCards } = require("./sync.cjs");

const HANDHELD = /^\/handhelds\/(HH-\d+)(?:\/(ack|outbox))?$/;

/** `?ids=101,102,103` from the handheld's bulk confirmation. */
function idList(raw) {
  if (!raw) return [];
  return raw.split(",").map(parseInt);
}

function route(method, url, body) {
  if (method === "POST" && url.pathname === "/rounds") {
    if (!/^HH-\d+$/.test(body.handheld ?? "") || !body.reader || !body.date) {
      return [422, { error: "handheld, reader and date are required" }];
    }
    const { cards, errors } = buildCards(body);
    if (errors.length) return [422, { errors }];
    queueCards(body.handheld, cards);
    return [202, { handheld: body.handheld, queued: cards.map((c) => c.id) }];
  }

  const m = HANDHELD.exec(url.pathname);
  if (!m) return [404, { error: "not found" }];
  const [, id, action] = m;
  if (method === "POST" && action === "ack") {
    const acked = acknowledge(id, idList(url.searchParams.get("ids")));
    return [200, { handheld: id, acked }];
  }
  if (method === "GET" && action === "outbox") return [200, { cards: outbox(id) }];
  if (method === "GET" && !action) {
    const status = deviceStatus(id);
    return status ? [200, status] : [404, { error: "unknown handheld" }];
  }
  return [405, { error: "method not allowed" }];
}

module.exports = { route };
