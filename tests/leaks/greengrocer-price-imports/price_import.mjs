import { Transform, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { CATALOGUE } from "./suppliers.mjs";

function splitLines() {
  let rest = "";
  return new Transform({
    readableObjectMode: true,
    transform(chunk, _enc, cb) {
      rest += chunk;
      const lines = rest.split("\n");
      rest = lines.pop();
      for (const line of lines) if (line.trim()) this.push(line);
      cb();
    },
    flush(cb) {
      if (rest.trim()) this.push(rest);
      cb();
    },
  });
}

function validate(summary, onReject) {
  let lineNo = 0;
  return new Transform({
    objectMode: true,
    transform(line, _enc, cb) {
      lineNo++;
      let row;
      try {
        row = JSON.parse(line);
      } catch {
        onReject({ lineNo, line, reason: "not JSON" });
        return cb();
      }
      const item = CATALOGUE.get(row.sku);
      let reason = null;
      if (!item) reason = `unknown sku ${row.sku}`;
      else if (!(row.price > 0)) reason = "price must be positive";
      else if (row.unit !== item.unit) {
        reason = `unit ${row.unit}, catalogue sells per ${item.unit}`;
      }
      if (reason) {
        summary.rejected++;
        onReject({ lineNo, line, reason });
        return cb();
      }
      cb(null, { sku: row.sku, price: row.price, validFrom: row.validFrom ?? null });
    },
  });
}

function applyPrices(summary) {
  return new Writable({
    objectMode: true,
    write(row, _enc, cb) {
      CATALOGUE.get(row.sku).price = row.price;
      summary.accepted++;
      cb();
    },
  });
}

export async function importPriceList(req, state) {
  const importId = `${state.id}-${++state.imports}`;
  const summary = { importId, accepted: 0, rejected: 0, startedAt: new Date().toISOString() };
  const body = req.headers["content-encoding"] === "gzip" ? [req, createGunzip()] : [req];
  await pipeline(
    ...body,
    splitLines(),
    validate(summary, (reject) => {
      state.rejects.push({ importId, ...reject, at: Date.now() });
    }),
    applyPrices(summary),
  );
  summary.finishedAt = new Date().toISOString();
  state.lastImport = summary;
  return summary;
}
