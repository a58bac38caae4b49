import { pipeline, Transform } from "node:stream";
import { replica } from "./replica.mjs";

const COLUMNS = ["warehouse", "sku", "bin", "onHand", "reserved", "available", "updatedAt"];

const csvCell = (v) => {
  const s = String(v ?? "");
  return /[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

function toCsv() {
  let header = false;
  return new Transform({
    writableObjectMode: true,
    transform(row, _enc, cb) {
      let out = header ? "" : COLUMNS.join(",") + "\n";
      header = true;
      row.available = row.onHand - row.reserved;
      out += COLUMNS.map((c) => csvCell(row[c])).join(",") + "\n";
      cb(null, out);
    },
  });
}

export const exportStats = { started: 0, finished: 0, failed: 0 };

export function exportStock(res, warehouse) {
  exportStats.started++;
  const rows = replica.query("stock", (r) => r.warehouse === warehouse);
  // A failover closes the replica connection: stop the export rather than send half a file.
  const abortExport = () => rows.destroy(new Error("replica connection closed"));
  replica.once("close", abortExport);

  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="stock-${warehouse}.csv"`,
  });
  pipeline(rows, toCsv(), res, (err) => {
    if (err) {
      exportStats.failed++;
      console.error(`stock export ${warehouse} failed: ${err.message}`);
    } else exportStats.finished++;
  });
}
