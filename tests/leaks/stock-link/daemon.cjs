"use strict";
// A stand-in for the warehouse's stock daemon: a line protocol on a TCP port, one request per
// line ("<id> <VERB> <args…>"), one answer per line ("<id> OK …" or "<id> ERR <code> <text>").
const net = require("node:net");
const readline = require("node:readline");

const stock = new Map();
for (let n = 1; n <= 40; n++) {
  const sku = "SKU-" + String(n).padStart(3, "0");
  stock.set(sku, { onHand: 1_000_000, reserved: 0, bin: "A" + (n % 12) + "-" + (n % 5) });
}

function answer(verb, args) {
  const item = stock.get(args[0]);
  if (!item) return ["ERR", "NOTFOUND", "unknown sku " + args[0]];
  if (verb === "QTY") return ["OK", args[0], String(item.onHand - item.reserved), item.bin];
  if (verb === "RSV") {
    const qty = Number(args[1]);
    if (!(qty > 0)) return ["ERR", "BADQTY", "quantity must be positive"];
    if (item.onHand - item.reserved < qty) return ["ERR", "SHORT", "only " + item.onHand];
    item.reserved += qty;
    return ["OK", args[0], String(item.onHand - item.reserved)];
  }
  return ["ERR", "BADVERB", "unknown verb " + verb];
}

exports.start = function start(callback) {
  const server = net.createServer(function (socket) {
    const lines = readline.createInterface({ input: socket, crlfDelay: Infinity });
    lines.on("line", function (line) {
      const [id, verb, ...args] = line.trim().split(/\s+/);
      socket.write(id + " " + answer(verb, args).join(" ") + "\n");
    });
    socket.on("error", function () {});
  });
  server.listen(0, "127.0.0.1", function () {
    callback(null, server.address().port);
  });
};
