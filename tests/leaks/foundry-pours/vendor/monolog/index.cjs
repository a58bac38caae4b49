"use strict";

module.exports = {
  ...require("./Logger.cjs"),
  ...require("./handlers.cjs"),
  ...require("./formatters.cjs"),
  ...require("./processors.cjs"),
};
