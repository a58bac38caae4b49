"use strict";

class ValidationError extends Error {
  constructor(field, message, input) {
    super(`${field}: ${message}`);
    this.name = "ValidationError";
    this.status = 422;
    this.field = field;
    this.input = input;
  }
}

// Errors grouped by route for the /debug/errors page (support looks at the newest ones).
const errorsByRoute = new Map();

function recordError(route, err) {
  let list = errorsByRoute.get(route);
  if (!list) {
    list = [];
    errorsByRoute.set(route, list);
  }
  list.push(err);
}

/** Per route: how many, and the newest five with their stacks. */
function errorDigest() {
  const digest = {};
  for (const [route, list] of errorsByRoute) {
    digest[route] = {
      count: list.length,
      newest: list.slice(-5).reverse().map((e) => ({ message: e.message, stack: e.stack })),
    };
  }
  return digest;
}

module.exports = { ValidationError, recordError, errorDigest };
