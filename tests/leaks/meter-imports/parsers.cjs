"use strict";
const { Transform, Writable } = require("node:stream");
const util = require("node:util");

/** Splits the uploaded bytes into lines. */
function LineSplitter() {
  if (!(this instanceof LineSplitter)) return new LineSplitter();
  Transform.call(this, { readableObjectMode: true });
  this._tail = "";
}
util.inherits(LineSplitter, Transform);

LineSplitter.prototype._transform = function (chunk, _encoding, done) {
  const lines = (this._tail + chunk.toString("utf8")).split(/\r?\n/);
  this._tail = lines.pop();
  for (const line of lines) if (line.trim()) this.push(line);
  done();
};

LineSplitter.prototype._flush = function (done) {
  if (this._tail.trim()) this.push(this._tail);
  done();
};

/**
 * Half-hourly meter readings, "mpan,timestamp,kwh,flag" (flag A actual, E estimated). Bad lines
 * are kept in `rejected` for the import's error report; good ones go on as objects.
 */
function ReadingParser(options) {
  if (!(this instanceof ReadingParser)) return new ReadingParser(options);
  Transform.call(this, { objectMode: true });
  this.importId = options.importId;
  this.lineNo = 0;
  this.accepted = 0;
}
util.inherits(ReadingParser, Transform);

ReadingParser.prototype.header = null;
ReadingParser.prototype.rejected = [];

ReadingParser.prototype.reject = function (line, reason) {
  this.rejected.push({ importId: this.importId, line: this.lineNo, text: line, reason: reason });
};

ReadingParser.prototype._transform = function (line, _encoding, done) {
  this.lineNo++;
  if (this.lineNo === 1 && /^mpan,/i.test(line)) {
    this.header = line.split(",");
    return done();
  }
  const [mpan, timestamp, kwh, flag] = line.split(",");
  if (!/^\d{13}$/.test(mpan)) this.reject(line, "MPAN must be 13 digits");
  else if (Number.isNaN(Date.parse(timestamp))) this.reject(line, "bad timestamp");
  else if (!(Number(kwh) >= 0)) this.reject(line, "kWh must be a non-negative number");
  else if (flag !== "A" && flag !== "E") this.reject(line, "flag must be A or E");
  else {
    this.accepted++;
    this.push({ mpan: mpan, at: new Date(timestamp), kwh: Number(kwh), estimated: flag === "E" });
  }
  done();
};

/** Totals per MPAN for one import. */
function MeterTotals() {
  Writable.call(this, { objectMode: true });
  this.byMpan = new Map();
}
util.inherits(MeterTotals, Writable);

MeterTotals.prototype._write = function (reading, _encoding, done) {
  const t = this.byMpan.get(reading.mpan) || { kwh: 0, readings: 0, estimated: 0 };
  t.kwh += reading.kwh;
  t.readings++;
  if (reading.estimated) t.estimated++;
  this.byMpan.set(reading.mpan, t);
  done();
};

module.exports = { LineSplitter, ReadingParser, MeterTotals };
