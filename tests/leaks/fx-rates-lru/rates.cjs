// deno-lint-ignore-file no-inner-declarations no-var -- an ES5 codebase
"use strict";

var EventEmitter = require("node:events").EventEmitter;
var LruCache = require("./lru.cjs");

// Reference rates against EUR; the "central bank" answers a day's table a tick later.
var BASE = { USD: 1.0842, GBP: 0.8571, CHF: 0.9613, JPY: 161.23, SEK: 11.482, PLN: 4.3175 };

function fetchDay(day, callback) {
  setImmediate(function () {
    var seed = 0;
    for (var i = 0; i < day.length; i++) seed = (seed * 31 + day.charCodeAt(i)) % 1000;
    var table = {};
    Object.keys(BASE).forEach(function (ccy, n) {
      table[ccy] = +(BASE[ccy] * (1 + ((seed + n * 37) % 200 - 100) / 10000)).toFixed(4);
    });
    callback(null, { day: day, base: "EUR", rates: table, fetchedAt: Date.now() });
  });
}

var cache = new LruCache(60);
var waiting = Object.create(null);
var bus = new EventEmitter();

// One fetch per day however many ask at once: callers wait under the day and are all
// answered, then the day's queue goes.
function ratesFor(day, callback) {
  var hit = cache.get(day);
  if (hit) return process.nextTick(callback, null, hit);
  if (waiting[day]) return waiting[day].push(callback);
  waiting[day] = [callback];
  fetchDay(day, function (err, table) {
    var callbacks = waiting[day];
    delete waiting[day];
    if (!err) {
      cache.set(day, table);
      bus.emit("table", table);
    }
    callbacks.forEach(function (cb) {
      cb(err, table);
    });
  });
}

// Wait up to `ms` for the next table fetched, for the dashboard's live view.
function nextTable(ms, callback) {
  var timer = setTimeout(function () {
    bus.removeListener("table", onTable);
    callback(null, null);
  }, ms);
  function onTable(table) {
    clearTimeout(timer);
    bus.removeListener("table", onTable);
    callback(null, table);
  }
  bus.on("table", onTable);
}

function stats() {
  return {
    cached: cache.size,
    hits: cache.hits,
    misses: cache.misses,
    waiting: Object.keys(waiting).length,
    listeners: bus.listenerCount("table"),
  };
}

module.exports = { ratesFor: ratesFor, nextTable: nextTable, stats: stats };
