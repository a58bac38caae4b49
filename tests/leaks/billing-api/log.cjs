"use strict";

const { createLogger } = require("lumberjack");

// One root logger for the service; request handlers log through children of it.
const logger = createLogger({
  name: "billing-api",
  level: process.env.LOG_LEVEL || "warn",
});

module.exports = { logger };
