// Resumable uploads from the expense app's receipt scanner: the app announces an upload, sends
// the image in chunks (mobile connections drop, so a chunk may be sent again), then completes it
// and the assembled file goes to the document store.

const { storeDocument } = require("./storage.cjs");

const MAX_UPLOAD_BYTES = 12 * 1024 * 1024;
const ID_PATTERN = /^[\w-]{3,64}$/;

class UploadError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Uploads in progress, by the id the app chose. Entries are defined read-only so that a create
 * the app retries after a timeout can never replace an upload that already has chunks.
 */
const openUploads = {};

function describe(upload) {
  const { id, filename, contentType, status, received, createdAt } = upload;
  return { id, filename, contentType, status, received, chunks: upload.chunks.length, createdAt };
}

function findUpload(id) {
  const upload = Object.prototype.hasOwnProperty.call(openUploads, id) ? openUploads[id] : null;
  if (!upload) throw new UploadError(404, `no upload ${id}`);
  return upload;
}

function createUpload(meta) {
  if (!meta || typeof meta.id !== "string" || !ID_PATTERN.test(meta.id)) {
    throw new UploadError(400, "id must be 3-64 letters, digits, _ or -");
  }
  if (Object.prototype.hasOwnProperty.call(openUploads, meta.id)) {
    return { created: false, upload: describe(openUploads[meta.id]) };
  }
  const upload = {
    id: meta.id,
    filename: String(meta.filename || "receipt.jpg"),
    contentType: String(meta.contentType || "image/jpeg"),
    device: String(meta.device || "unknown"),
    owner: meta.owner ? String(meta.owner) : null,
    createdAt: new Date().toISOString(),
    status: "receiving",
    received: 0,
    chunks: [],
  };
  Object.defineProperty(openUploads, upload.id, { value: upload, enumerable: true });
  return { created: true, upload: describe(upload) };
}

function appendChunk(id, chunk, offset) {
  const upload = findUpload(id);
  if (upload.status !== "receiving") throw new UploadError(409, `upload ${id} is ${upload.status}`);
  // A resent chunk starts at an offset we already have: acknowledge it without storing twice.
  if (Number.isFinite(offset) && offset < upload.received) return describe(upload);
  if (upload.received + chunk.length > MAX_UPLOAD_BYTES) {
    throw new UploadError(413, `upload ${id} exceeds ${MAX_UPLOAD_BYTES} bytes`);
  }
  upload.chunks.push(chunk);
  upload.received += chunk.length;
  return describe(upload);
}

function completeUpload(id) {
  const upload = findUpload(id);
  if (upload.status !== "receiving") throw new UploadError(409, `upload ${id} is ${upload.status}`);
  if (upload.received === 0) throw new UploadError(422, `upload ${id} has no data`);
  const document = storeDocument({
    uploadId: upload.id,
    filename: upload.filename,
    contentType: upload.contentType,
    owner: upload.owner,
    body: Buffer.concat(upload.chunks),
  });
  upload.status = "complete";
  delete openUploads[upload.id];
  return document;
}

function uploadsInProgress(device) {
  return Object.values(openUploads)
    .filter((u) => u.status === "receiving" && (!device || u.device === device))
    .map(describe);
}

module.exports = { UploadError, appendChunk, completeUpload, createUpload, uploadsInProgress };
