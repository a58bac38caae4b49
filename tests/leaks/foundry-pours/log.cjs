"use strict";

const {
  ErrorLevelActivationStrategy,
  FingersCrossedHandler,
  Logger,
  PsrLogMessageProcessor,
  StreamHandler,
  WebProcessor,
} = require("./vendor/monolog/index.cjs");

// Quiet requests write nothing; a failing one writes what led up to it (at most 200 lines).
// The buffer belongs to the request: the server resets the logger when a response is done.
const fingersCrossed = new FingersCrossedHandler(
  new StreamHandler(process.stderr, "debug"),
  new ErrorLevelActivationStrategy("error"),
  200,
);

const web = new WebProcessor();

const logger = new Logger("melt-shop", [fingersCrossed], [new PsrLogMessageProcessor(), web]);

module.exports = { logger, web };
