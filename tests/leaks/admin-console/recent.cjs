"use strict";

// The admin console's "recent requests" and "recent errors" panels: newest first, last 50 each.
const MAX_RECENT = 50;
const recentRequests = [];
const recentErrors = [];

function remember(req, res) {
  const startedAt = process.hrtime.bigint();
  res.on("finish", () => {
    const entry = {
      req,
      status: res.statusCode,
      ms: Number(process.hrtime.bigint() - startedAt) / 1e6,
      at: new Date().toISOString(),
    };
    if (res.statusCode >= 500) {
      recentErrors.unshift(entry);
      if (recentErrors.length > MAX_RECENT) recentErrors.length = MAX_RECENT;
    }
    recentRequests.unshift(entry);
    if (recentRequests.length > MAX_RECENT) recentErrors.length = MAX_RECENT;
  });
}

function describe(entry) {
  return {
    method: entry.req.method,
    url: entry.req.url,
    user: entry.req.headers["x-user"] ?? null,
    status: entry.status,
    ms: Math.round(entry.ms * 10) / 10,
    at: entry.at,
  };
}

function recent(limit = MAX_RECENT) {
  return {
    requests: recentRequests.slice(0, limit).map(describe),
    errors: recentErrors.filter(Boolean).slice(0, limit).map(describe),
  };
}

module.exports = { remember, recent };
