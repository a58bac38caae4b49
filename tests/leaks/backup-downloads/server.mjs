import http from "node:http";
import { backups } from "./catalog.mjs";
import { streamBackup, transferStats } from "./transfers.mjs";

const portArg = process.argv.slice(2).find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 4471;

function sendJson(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(json),
  });
  res.end(json);
}

function listBackups(database) {
  return [...backups.values()]
    .filter((b) => !database || b.database === database)
    .map(({ id, database, takenAt, rows, pruned }) => ({
      id,
      database,
      takenAt,
      rows,
      available: !pruned,
    }));
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (url.pathname === "/healthz") return sendJson(res, 200, { ok: true });
  if (url.pathname === "/backups") {
    return sendJson(res, 200, listBackups(url.searchParams.get("database")));
  }
  const download = /^\/backups\/([\w-]+)\/download$/.exec(url.pathname);
  if (download) {
    const backup = backups.get(download[1]);
    if (!backup) return sendJson(res, 404, { error: `no backup ${download[1]}` });
    return streamBackup(req, res, backup);
  }
  if (url.pathname === "/internal/transfers") return sendJson(res, 200, transferStats());
  sendJson(res, 404, { error: "not found" });
});

server.listen(port, "127.0.0.1", () => console.log(`backup-downloads on 127.0.0.1:${port}`));
