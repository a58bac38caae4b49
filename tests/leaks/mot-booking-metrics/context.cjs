"use strict";

const { AsyncLocalStorage } = require("node:async_hooks");

const als = new AsyncLocalStorage();
/** Breadcrumbs for the error page: the last 40 things that happened, across requests. */
const crumbs = [];
const MAX_CRUMBS = 40;

function withContext(ctx, fn) {
  return als.run(ctx, fn);
}

function current() {
  return als.getStore();
}

function crumb(message, data) {
  const ctx = als.getStore();
  crumbs.push({ at: Date.now(), requestId: ctx?.requestId, message, ...data });
  if (crumbs.length > MAX_CRUMBS) crumbs.splice(0, crumbs.length - MAX_CRUMBS);
}

function log(level, message, fields = {}) {
  const ctx = als.getStore();
  if (level === "error") {
    console.error(JSON.stringify({ level, message, requestId: ctx?.requestId, ...fields }));
  }
  crumb(message, { level });
}

module.exports = { crumb, crumbs, current, log, withContext };
