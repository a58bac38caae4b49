"use strict";

const { randomUUID } = require("node:crypto");

class GatewayError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const PARTNERS = {
  "pk_live_trainline_7f3a": { partner: "trainline", scopes: ["journeys:read", "bookings:write"] },
  "pk_live_omio_19cd": { partner: "omio", scopes: ["journeys:read"] },
  "pk_live_kiosk_ams": { partner: "station-kiosk", scopes: ["journeys:read", "bookings:write"] },
};

function requestId() {
  return async function requestIdMiddleware(ctx, next) {
    ctx.id = ctx.req.headers["x-request-id"] ?? randomUUID();
    ctx.responseHeaders["x-request-id"] = ctx.id;
    await next();
  };
}

function authenticate(requiredScope) {
  return async function authenticateMiddleware(ctx, next) {
    const key = String(ctx.req.headers["x-api-key"] ?? "");
    const partner = PARTNERS[key];
    if (!partner) throw new GatewayError(401, "unknown API key");
    if (requiredScope && !partner.scopes.includes(requiredScope)) {
      throw new GatewayError(403, `${partner.partner} lacks ${requiredScope}`);
    }
    ctx.partner = partner.partner;
    await next();
  };
}

/** Token bucket per partner and bucket name. */
const buckets = new Map();

function rateLimit(bucket, perSecond, burst) {
  return async function rateLimitMiddleware(ctx, next) {
    const key = `${ctx.partner}:${bucket}`;
    const now = Date.now();
    const b = buckets.get(key) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * perSecond);
    b.at = now;
    buckets.set(key, b);
    if (b.tokens < 1) throw new GatewayError(429, `slow down (${bucket})`);
    b.tokens -= 1;
    await next();
  };
}

function cacheControl(maxAge) {
  const value = maxAge > 0
    ? `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 2}`
    : "no-store";
  return async function cacheControlMiddleware(ctx, next) {
    await next();
    ctx.responseHeaders["cache-control"] = value;
  };
}

/** The last 100 requests for the partner support page. */
const accessLog = [];

function accessLogger(routeName) {
  return async function accessLogMiddleware(ctx, next) {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      accessLog.push({
        route: routeName,
        partner: ctx.partner ?? "-",
        status: ctx.status,
        ms: Number(process.hrtime.bigint() - started) / 1e6,
      });
      if (accessLog.length > 100) accessLog.shift();
    }
  };
}

module.exports = {
  GatewayError,
  accessLog,
  accessLogger,
  authenticate,
  cacheControl,
  rateLimit,
  requestId,
};
