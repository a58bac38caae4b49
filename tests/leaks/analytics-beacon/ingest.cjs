"use strict";

const outbox = require("./outbox.cjs");

const EVENT_NAME = /^[A-Za-z][\w .:-]{0,63}$/;
const MAX_PROPERTIES = 50;
const DEDUPE_WINDOW = 256;

class IngestError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// Clients retry beacons within seconds, so a short window of message ids catches duplicates.
const recentMessageIds = new Set();

function remember(messageId) {
  recentMessageIds.add(messageId);
  if (recentMessageIds.size > DEDUPE_WINDOW) {
    recentMessageIds.delete(recentMessageIds.values().next().value);
  }
}

function normalise(raw, type, context) {
  if (!raw || typeof raw !== "object") throw new IngestError(400, "event must be an object");
  const event = type === "page" ? "Page Viewed" : raw.event;
  if (typeof event !== "string" || !EVENT_NAME.test(event)) {
    throw new IngestError(400, `invalid event name: ${String(event).slice(0, 40)}`);
  }
  if (typeof raw.anonymousId !== "string" || raw.anonymousId.length > 64) {
    throw new IngestError(400, "anonymousId required");
  }
  const properties = raw.properties ?? {};
  if (typeof properties !== "object" || Object.keys(properties).length > MAX_PROPERTIES) {
    throw new IngestError(400, "properties must be an object of at most 50 keys");
  }
  const row = {
    messageId: String(raw.messageId ?? `${raw.anonymousId}:${Date.now()}`),
    event,
    type,
    anonymousId: raw.anonymousId,
    userId: typeof raw.userId === "string" ? raw.userId : null,
    properties,
    context: { ip: context.ip, userAgent: context.userAgent, page: raw.page ?? null },
    receivedAt: new Date().toISOString(),
  };
  return row;
}

function track(type, events, context) {
  if (!Array.isArray(events) || events.length === 0 || events.length > 100) {
    throw new IngestError(400, "1 to 100 events per request");
  }
  const rows = events.map((raw) => normalise(raw, type, context));
  let accepted = 0;
  for (const row of rows) {
    if (recentMessageIds.has(row.messageId)) continue;
    remember(row.messageId);
    outbox.pending.push(row);
    accepted++;
  }
  outbox.flushIfFull();
  return { accepted, duplicates: rows.length - accepted };
}

module.exports = { track, IngestError };
