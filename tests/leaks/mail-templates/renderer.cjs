"use strict";

const path = require("node:path");

const TEMPLATES = path.join(__dirname, "templates", "emails.cjs");
const HOT_RELOAD = process.env.NODE_ENV !== "production";

// Loads the templates fresh in development so edits show up without a restart.
function loadTemplates() {
  if (HOT_RELOAD) delete require.cache[TEMPLATES];
  return require(TEMPLATES);
}

function render(name, data) {
  const templates = loadTemplates();
  const template = templates[name];
  if (typeof template !== "function") {
    const err = new Error(`unknown template ${name}`);
    err.status = 404;
    throw err;
  }
  return template(data);
}

module.exports = { render };
