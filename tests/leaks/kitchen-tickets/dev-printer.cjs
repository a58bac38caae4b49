"use strict";

const net = require("node:net");

/**
 * A stand-in for a kitchen printer when KITCHEN_PRINTERS is not set (laptops, CI): it takes
 * whatever is sent, counts tickets by their cut command and answers every DLE EOT 1 with
 * "online, cover closed, paper present".
 */
function startDevPrinter(name) {
  const stats = { name, tickets: 0, bytes: 0 };
  const server = net.createServer((socket) => {
    let carry = 0; // bytes of a DLE EOT sequence split over two chunks
    socket.on("data", (chunk) => {
      stats.bytes += chunk.length;
      let answers = 0;
      for (let i = 0; i < chunk.length; i++) {
        const b = chunk[i];
        if (carry === 0 && b === 0x10) carry = 1;
        else if (carry === 1 && b === 0x04) carry = 2;
        else if (carry === 2) {
          answers++;
          carry = 0;
        } else carry = 0;
        if (b === 0x56 && chunk[i - 1] === 0x1d) stats.tickets++;
      }
      if (answers) socket.write(Buffer.alloc(answers, 0x12));
    });
    socket.on("error", () => {});
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({ port: server.address().port, stats }));
  });
}

module.exports = { startDevPrinter };
