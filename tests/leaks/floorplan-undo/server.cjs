const http = require("node:http");
const { createStore } = require("redux");
const { planReducer } = require("./plan.cjs");
const { undoable } = require("./undoable.cjs");

const portArg = process.argv.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 3000;

/** One shared plan everyone in the office edits from the browser. */
const store = createStore(undoable(planReducer));

const ACTIONS = new Set([
  "furniture/moved",
  "furniture/rotated",
  "rooms/renamed",
  "history/undo",
  "history/redo",
]);

function send(res, status, data) {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(data));
}

function readJson(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (err) {
        reject(err);
      }
    });
    req.on("error", reject);
  });
}

async function route(req, res) {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return send(res, 200, { ok: true });

  if (url.pathname === "/plan" && req.method === "GET") {
    const { past, present, future } = store.getState();
    return send(res, 200, {
      ...present,
      canUndo: past.length > 0,
      canRedo: future.length > 0,
    });
  }

  if (url.pathname === "/plan/actions" && req.method === "POST") {
    let action;
    try {
      action = await readJson(req);
    } catch {
      return send(res, 400, { error: "invalid JSON" });
    }
    if (!ACTIONS.has(action.type)) {
      return send(res, 400, { error: `unknown action ${action.type}` });
    }
    const editor = req.headers["x-editor"] ?? "anonymous";
    store.dispatch({
      ...action,
      x: Number(action.x) || 0,
      y: Number(action.y) || 0,
      degrees: Number(action.degrees) || 0,
      editor,
      at: Date.now(),
    });
    const { meta } = store.getState().present;
    return send(res, 200, { revision: meta.revision, lastEditor: meta.lastEditor });
  }

  send(res, 404, { error: "not found" });
}

http.createServer((req, res) => {
  route(req, res).catch((err) => send(res, 500, { error: err.message }));
}).listen(port, "127.0.0.1", () => {});
