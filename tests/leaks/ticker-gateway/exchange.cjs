// A stand-in for the exchange's market-data socket, run in-process so the gateway can be
// developed offline: answers snapshot requests and pushes a trade tick every 250 ms.
const { WebSocketServer } = require("ws");

const BOOK = {
  ACME: 182.4,
  GLOBX: 64.15,
  INITECH: 12.9,
  UMBRL: 301.75,
  HOOLI: 1204.0,
  VANDLY: 8.42,
};

function drift(price) {
  return Math.round(price * (1 + (Math.random() - 0.5) / 500) * 100) / 100;
}

function startExchange() {
  const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  wss.on("connection", (socket) => {
    socket.on("message", (raw) => {
      let req;
      try {
        req = JSON.parse(raw);
      } catch {
        return socket.send(JSON.stringify({ type: "error", reason: "bad json" }));
      }
      if (req.op !== "snapshot") return;
      const last = BOOK[req.symbol];
      if (last === undefined) {
        return socket.send(
          JSON.stringify({ type: "snapshot", id: req.id, symbol: req.symbol, unknown: true }),
        );
      }
      socket.send(JSON.stringify({
        type: "snapshot",
        id: req.id,
        symbol: req.symbol,
        last,
        bid: Math.round((last - 0.02) * 100) / 100,
        ask: Math.round((last + 0.02) * 100) / 100,
        at: Date.now(),
      }));
    });
  });
  const ticker = setInterval(() => {
    const symbols = Object.keys(BOOK);
    const symbol = symbols[Math.floor(Math.random() * symbols.length)];
    BOOK[symbol] = drift(BOOK[symbol]);
    const tick = JSON.stringify({ type: "tick", symbol, price: BOOK[symbol], at: Date.now() });
    for (const client of wss.clients) client.send(tick);
  }, 250);
  ticker.unref();
  return new Promise((resolve) => {
    wss.on("listening", () => resolve(`ws://127.0.0.1:${wss.address().port}/md`));
  });
}

module.exports = { startExchange };
