// The Node twin of heap_engine_target.ts (same leaks, same endpoints), for the heap engine
// tests. Usage: node --inspect=127.0.0.1:<p> heap_engine_target.mjs <httpPort>
import { createServer } from "node:http";

class ChatMessage {
  constructor(user, content, at) {
    this.user = user;
    this.content = content;
    this.at = at;
  }
}
class UserSession {
  constructor(user) {
    this.user = user;
    this.channels = new Set(["#general"]);
  }
}
class Sample {
  constructor(ms, label) {
    this.ms = ms;
    this.label = label;
  }
}
class TempBuffer {
  constructor() {
    this.data = new Array(16).fill(0).map((_, i) => `tmp-${i}`);
    // Plain objects of two shapes with the same keys in another order: two groups.
    this.meta = { kind: "tmp", label: "meta", owner: "cycle" };
    this.tags = { owner: "cycle", kind: "tag", label: "tags" };
  }
}

const messageHistory = [];
const userSessions = new Map();
const connectionStats = { total: 0, samples: [] };
const tickers = [];
const tokens = {};
const hitCounts = {};
let scratch = [];
globalThis.auditLog = [];

function makeTicker(id) {
  return () => id * 2; // TICKER
}

function cycle(i) {
  messageHistory.push(new ChatMessage(`user-${i}`, `hello number ${i}`, i));
  userSessions.set(`user-${i}`, new UserSession(`user-${i}`));
  connectionStats.total++;
  connectionStats.samples.push(new Sample(i * 3, `sample-${i}`));
  tickers.push(makeTicker(i));
  tokens[`token-${i}`] = `user-${i}`;
  hitCounts[`page-${i}`] = i;
  for (let k = 0; k < 3; k++) scratch.push(new TempBuffer());
  globalThis.auditLog.push(`cycle ${i} at ${performance.now()}`);
}

let done = 0;
const port = Number(process.argv[2]);
createServer((req, res) => {
  const url = new URL(req.url, "http://127.0.0.1");
  if (url.pathname === "/cycle") {
    const n = Number(url.searchParams.get("n") ?? 1);
    for (let i = 0; i < n; i++) cycle(done++);
  } else if (url.pathname === "/free") {
    scratch = [];
  }
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({
    messages: messageHistory.length,
    sessions: userSessions.size,
    samples: connectionStats.samples.length,
    tickers: tickers.length,
    tokens: Object.keys(tokens).length,
    hitCounts: Object.keys(hitCounts).length,
    scratch: scratch.length,
  }));
}).listen(port, "127.0.0.1");
