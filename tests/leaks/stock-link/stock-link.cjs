"use strict";
// The one connection to the stock daemon, shared by every request. Answers come back on the
// socket in any order; each request listens for the answer carrying its id.
const EventEmitter = require("node:events");
const net = require("node:net");
const readline = require("node:readline");
const util = require("node:util");

function StockError(code, message) {
  Error.call(this);
  this.name = "StockError";
  this.code = code;
  this.message = message;
}
util.inherits(StockError, Error);

function StockLink() {
  EventEmitter.call(this);
  this.socket = null;
  this.lines = null;
  this.nextId = 1;
  this.sent = 0;
  // Busy tills have many lookups in flight at once: the default of 10 warned in the logs.
  this.setMaxListeners(0);
}
util.inherits(StockLink, EventEmitter);

StockLink.prototype.connect = function (port, callback) {
  // deno-lint-ignore no-this-alias -- the pre-class style of this codebase
  const self = this;
  this.socket = net.connect({ host: "127.0.0.1", port: port }, callback);
  this.socket.setNoDelay(true);
  this.socket.on("error", function (err) {
    self.emit("error", err);
  });
  this.lines = readline.createInterface({ input: this.socket, crlfDelay: Infinity });
  this.lines.on("line", function (line) {
    const parts = line.split(" ");
    self.emit("reply", parts[0], parts[1], parts.slice(2));
  });
};

StockLink.prototype.request = function (verb, args, callback) {
  // deno-lint-ignore no-this-alias -- the pre-class style of this codebase
  const self = this;
  const id = String(this.nextId++);
  function onReply(replyId, status, fields) {
    if (replyId !== id) return;
    if (status === "ERR") return callback(new StockError(fields[0], fields.slice(1).join(" ")));
    self.removeListener("reply", onReply);
    callback(null, fields);
  }
  this.on("reply", onReply);
  this.socket.write(id + " " + verb + " " + args.join(" ") + "\n");
  this.sent++;
};

StockLink.prototype.quantity = function (sku, callback) {
  this.request("QTY", [sku], function (err, fields) {
    if (err) return callback(err);
    callback(null, { sku: fields[0], available: Number(fields[1]), bin: fields[2] });
  });
};

StockLink.prototype.reserve = function (sku, qty, callback) {
  this.request("RSV", [sku, String(qty)], function (err, fields) {
    if (err) return callback(err);
    callback(null, { sku: fields[0], available: Number(fields[1]) });
  });
};

StockLink.prototype.stats = function () {
  return { sent: this.sent, waiting: this.listenerCount("reply") };
};

const stockLink = new StockLink();
module.exports = stockLink;
module.exports.StockError = StockError;
