"use strict";

const {
  ErrorLevelActivationStrategy,
  FingersCrossedHandler,
  Logger,
  PsrLogMessageProcessor,
  StreamHandler,
  WebProcessor,
} = require("./vendor/monolog/index.cjs");

// As in the PHP app's monolog.yaml (type: fingers_crossed, action_level: error, handler:
// nested): a request that goes well writes nothing, one that fails writes its whole story,
// debug lines included.
const nested = new StreamHandler(process.stderr, "debug");
const fingersCrossed = new FingersCrossedHandler(
  nested,
  new ErrorLevelActivationStrategy("error"),
);

const web = new WebProcessor();

const logger = new Logger("arrangements", [fingersCrossed], [
  new PsrLogMessageProcessor(),
  web,
]);

module.exports = { logger, web };
