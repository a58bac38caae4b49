"use strict";

const { createLogger } = require("./vendor/logline/index.cjs");

/** The last lines written, for GET /debug/logs (the platform ships stdout; we don't here). */
const tail = [];
const TAIL_LINES = 100;

const logger = createLogger({
  level: "info",
  bindings: { service: "haulage-bookings", env: "staging" },
  sink(line) {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.splice(0, tail.length - TAIL_LINES);
  },
});

module.exports = { logger, tail };
