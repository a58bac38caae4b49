// One market-data connection shared by every HTTP request.
const WebSocket = require("ws");

let upstream;
let nextRequestId = 1;
const lastTrades = new Map(); // symbol -> { price, at }

function handleTick(data) {
  const msg = JSON.parse(data);
  if (msg.type === "tick") lastTrades.set(msg.symbol, { price: msg.price, at: msg.at });
}

function connectFeed(url) {
  return new Promise((resolve, reject) => {
    upstream = new WebSocket(url);
    upstream.once("open", () => {
      upstream.on("message", handleTick);
      resolve();
    });
    upstream.once("error", reject);
    upstream.on("close", () => console.error("market data feed closed"));
  });
}

/** Asks the exchange for a symbol's book and waits for the reply with the same id. */
function requestSnapshot(symbol, timeoutMs = 2000) {
  if (!upstream || upstream.readyState !== WebSocket.OPEN) {
    return Promise.reject(new Error("market data feed is not connected"));
  }
  const id = nextRequestId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no snapshot for ${symbol} in ${timeoutMs} ms`)),
      timeoutMs,
    );
    upstream.on("message", function onSnapshot(data) {
      const msg = JSON.parse(data);
      if (msg.type !== "snapshot" || msg.id !== id) return;
      clearTimeout(timer);
      resolve(msg);
    });
    upstream.send(JSON.stringify({ op: "snapshot", id, symbol }));
  });
}

function lastTrade(symbol) {
  return lastTrades.get(symbol);
}

module.exports = { connectFeed, requestSnapshot, lastTrade };
