// Client of the classification engine: starts it once and talks to it over its stdin/stdout.

const { spawn } = require("node:child_process");
const path = require("node:path");
const readline = require("node:readline");

const TIMEOUT_MS = 5000;

const engine = spawn(process.execPath, [path.join(__dirname, "hs-engine.cjs")], {
  stdio: ["pipe", "pipe", "inherit"],
});
engine.on("exit", (code, signal) => {
  console.error(`hs-engine exited (${signal || code}); cannot classify, stopping`);
  process.exit(1);
});

let nextRequestId = 1;
const stats = { requests: 0, answered: 0, timeouts: 0 };

/** Classifies one goods item: writes the request and waits for the line with its id. */
function classify(item) {
  const id = `r${nextRequestId++}`;
  stats.requests++;
  return new Promise((resolve, reject) => {
    const replies = readline.createInterface({ input: engine.stdout });
    const timer = setTimeout(() => {
      replies.off("line", onLine);
      stats.timeouts++;
      reject(new Error(`hs-engine did not answer ${id} within ${TIMEOUT_MS} ms`));
    }, TIMEOUT_MS);
    function onLine(line) {
      let reply;
      try {
        reply = JSON.parse(line);
      } catch {
        return;
      }
      if (reply.id !== id) return;
      clearTimeout(timer);
      replies.off("line", onLine);
      stats.answered++;
      resolve(reply);
    }
    replies.on("line", onLine);
    engine.stdin.write(JSON.stringify({ ...item, id }) + "\n");
  });
}

function engineStats() {
  return { pid: engine.pid, ...stats };
}

module.exports = { classify, engineStats };
