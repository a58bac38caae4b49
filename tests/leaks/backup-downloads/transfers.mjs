import { randomUUID } from "node:crypto";
import { createGzip } from "node:zlib";
import { openBlob } from "./blobstore.mjs";

/** Downloads in flight, for the ops dashboard and the graceful shutdown. */
export const activeTransfers = new Map();

const totals = { started: 0, completed: 0, failed: 0, bytes: 0 };

export function transferStats() {
  return { active: activeTransfers.size, ...totals };
}

export function streamBackup(req, res, backup) {
  const source = openBlob(backup.key);
  const gzip = createGzip({ level: 6 });
  const transfer = {
    id: randomUUID(),
    backupId: backup.id,
    client: req.socket.remoteAddress,
    startedAt: Date.now(),
    bytes: 0,
    gzip,
  };
  activeTransfers.set(transfer.id, transfer);
  totals.started++;

  res.setHeader("content-type", "application/sql");
  res.setHeader("content-encoding", "gzip");
  res.setHeader("content-disposition", `attachment; filename="${backup.id}.sql.gz"`);

  source.on("data", (chunk) => {
    transfer.bytes += chunk.length;
  });
  source.on("error", (err) => {
    totals.failed++;
    console.warn(`transfer ${transfer.id} (${backup.id}): ${err.message}`);
    if (res.headersSent) {
      res.destroy(err);
      return;
    }
    res.removeHeader("content-encoding");
    res.removeHeader("content-disposition");
    res.writeHead(410, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "backup is no longer available", backup: backup.id }));
  });
  gzip.on("finish", () => {
    totals.completed++;
    totals.bytes += transfer.bytes;
    activeTransfers.delete(transfer.id);
  });

  source.pipe(gzip).pipe(res);
}
