// deno-lint-ignore-file no-this-alias no-var -- an ES5 codebase
"use strict";

var EventEmitter = require("node:events").EventEmitter;
var util = require("node:util");

// Request/response over the geocoder link: each call gets an id, its callback waits under
// that id until the reply with the same id arrives (or the call times out).
function GeoClient(link, options) {
  EventEmitter.call(this);
  var self = this;
  this.link = link;
  this.timeoutMs = (options && options.timeoutMs) || 2000;
  this.nextId = 1;
  this._callbacks = {};
  this.stats = { sent: 0, replies: 0, timeouts: 0, late: 0 };
  link.on("message", function (raw) {
    self._onMessage(raw);
  });
}
util.inherits(GeoClient, EventEmitter);

GeoClient.prototype.call = function (method, params, callback) {
  var self = this;
  var id = this.nextId++;
  var timer = setTimeout(function () {
    var pending = self._callbacks[id];
    if (!pending) return;
    delete self._callbacks[id];
    self.stats.timeouts++;
    pending(new Error(method + " timed out after " + self.timeoutMs + " ms"));
  }, this.timeoutMs);
  this._callbacks[id] = function (err, result) {
    clearTimeout(timer);
    callback(err, result);
  };
  this.stats.sent++;
  this.link.send(JSON.stringify({ id: id, method: method, params: params }));
};

GeoClient.prototype._onMessage = function (raw) {
  var msg;
  try {
    msg = JSON.parse(raw);
  } catch (err) {
    return this.emit("error", err);
  }
  var callback = this._callbacks[msg.id];
  if (!callback) {
    this.stats.late++;
    return;
  }
  this.stats.replies++;
  callback(msg.error ? new Error(msg.error) : null, msg.result);
};

// Convenience wrappers keep the callback last, as the rest of the codebase expects.
GeoClient.prototype.lookup = function (postcode, callback) {
  this.call("lookup", { postcode: postcode }, callback);
};

GeoClient.prototype.nearby = function (postcode, limit, callback) {
  if (typeof limit === "function") {
    callback = limit;
    limit = 3;
  }
  this.call("nearby", { postcode: postcode, limit: limit }, callback);
};

module.exports = GeoClient;
