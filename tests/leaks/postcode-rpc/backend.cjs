// deno-lint-ignore-file no-inner-declarations no-var -- an ES5 codebase
"use strict";

// The address backend speaks JSON messages over a link (in production a TCP connection to
// the geocoder daemon). This module stands in for that daemon: same messages, same timing
// shape (a reply a tick later), a small fixed gazetteer.
var EventEmitter = require("node:events").EventEmitter;

var GAZETTEER = {
  "1011": { city: "Amsterdam", province: "Noord-Holland", lat: 52.372, lon: 4.9 },
  "3011": { city: "Rotterdam", province: "Zuid-Holland", lat: 51.92, lon: 4.48 },
  "3511": { city: "Utrecht", province: "Utrecht", lat: 52.09, lon: 5.12 },
  "9711": { city: "Groningen", province: "Groningen", lat: 53.219, lon: 6.566 },
};

function resolve(postcode) {
  var digits = String(postcode).replace(/\D/g, "");
  var area = GAZETTEER[digits.slice(0, 4)] || GAZETTEER["3511"];
  var n = Number(digits) || 0;
  return {
    postcode: postcode,
    city: area.city,
    province: area.province,
    lat: +(area.lat + (n % 97) / 10000).toFixed(5),
    lon: +(area.lon + (n % 89) / 10000).toFixed(5),
  };
}

var handlers = {
  lookup: function (params) {
    return resolve(params.postcode);
  },
  nearby: function (params) {
    var origin = resolve(params.postcode);
    var out = [];
    for (var i = 1; i <= (params.limit || 3); i++) {
      out.push({ name: origin.city + " pickup point " + i, distanceKm: +(i * 0.7).toFixed(1) });
    }
    return { origin: origin, points: out };
  },
};

exports.connect = function () {
  var link = new EventEmitter();
  link.send = function (raw) {
    var msg = JSON.parse(raw);
    setImmediate(function () {
      var handler = handlers[msg.method];
      var reply = handler
        ? { id: msg.id, result: handler(msg.params) }
        : { id: msg.id, error: "unknown method " + msg.method };
      link.emit("message", JSON.stringify(reply));
    });
  };
  return link;
};
