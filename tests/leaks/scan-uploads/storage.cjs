// The document store the expense tool files receipts into (an in-process stand-in: it keeps the
// digest and size of each file and a short list of the latest ones for the dashboard).

const crypto = require("node:crypto");

const RECENT_LIMIT = 50;
const recentDocuments = [];
const totals = { documents: 0, bytes: 0, byType: {} };

function storeDocument({ uploadId, filename, contentType, owner, body }) {
  const document = {
    id: `doc-${crypto.randomUUID()}`,
    uploadId,
    filename,
    contentType,
    owner,
    bytes: body.length,
    sha256: crypto.createHash("sha256").update(body).digest("hex"),
    storedAt: new Date().toISOString(),
  };
  recentDocuments.unshift(document);
  if (recentDocuments.length > RECENT_LIMIT) recentDocuments.length = RECENT_LIMIT;
  totals.documents++;
  totals.bytes += body.length;
  totals.byType[contentType] = (totals.byType[contentType] || 0) + 1;
  return document;
}

function recent(n) {
  return { totals, documents: recentDocuments.slice(0, Math.min(n, RECENT_LIMIT)) };
}

module.exports = { recent, storeDocument };
