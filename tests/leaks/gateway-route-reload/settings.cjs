"use strict";
const fs = require("node:fs");
const { EventEmitter } = require("node:events");

/**
 * Gateway settings read from a JSON file; `reload()` re-reads it (the admin endpoint calls it
 * after an operator edits the file) and emits "change" with the new and the previous settings.
 */
class Settings extends EventEmitter {
  constructor(file) {
    super();
    // Every route listens for changes to its timeouts.
    this.setMaxListeners(0);
    this.file = file;
    this.version = 0;
    this.current = this.read();
  }

  read() {
    const parsed = JSON.parse(fs.readFileSync(this.file, "utf8"));
    this.version++;
    return { ...parsed, version: this.version, loadedAt: new Date().toISOString() };
  }

  reload() {
    const previous = this.current;
    this.current = this.read();
    this.emit("change", this.current, previous);
    return this.current;
  }
}

module.exports = { Settings };
