import { metrics } from "./telemetry.ts";

export interface UploadStart {
  kiosk: string;
  store: string;
  product: string;
  orderRef: string;
  bytes: number;
  files: number;
}

interface Upload extends UploadStart {
  id: string;
  received: number;
  chunks: string[];
  startedAt: number;
}

export class UploadError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const uploads = new Map<string, Upload>();
const printQueue: { id: string; orderRef: string; product: string; bytes: number }[] = [];
const PRINT_QUEUE_SHOWN = 30;

const uploadBytes = metrics.gauge(
  "kiosk_upload_bytes",
  "Bytes of an in-progress kiosk upload, expected and received so far",
  ["kiosk", "store", "upload", "product", "state"],
  // an upload that has not moved for a couple of sweeps is finished or abandoned
  250,
);
const uploadsDone = metrics.counter("kiosk_uploads_total", "Uploads by outcome", [
  "store",
  "outcome",
]);

function labelsOf(u: Upload, state: string) {
  return { kiosk: u.kiosk, store: u.store, upload: u.id, product: u.product, state };
}

export function startUpload(id: string, input: UploadStart) {
  if (uploads.has(id)) throw new UploadError(409, `upload ${id} already started`);
  if (!input.kiosk || !input.store || !(input.bytes > 0)) {
    throw new UploadError(400, "kiosk, store and bytes are required");
  }
  const upload: Upload = { ...input, id, received: 0, chunks: [], startedAt: Date.now() };
  uploads.set(id, upload);
  uploadBytes.set(labelsOf(upload, "expected"), upload.bytes);
  uploadBytes.set(labelsOf(upload, "received"), 0);
  return { id, status: "started" };
}

export function appendChunk(id: string, chunk: { seq: number; data: string }) {
  const upload = uploads.get(id);
  if (!upload) throw new UploadError(404, `no upload ${id}`);
  if (chunk.seq !== upload.chunks.length) {
    throw new UploadError(409, `expected chunk ${upload.chunks.length}, got ${chunk.seq}`);
  }
  upload.chunks.push(chunk.data);
  upload.received += Math.floor(chunk.data.length * 3 / 4);
  uploadBytes.set(labelsOf(upload, "received"), upload.received);
  return { id, received: upload.received, of: upload.bytes };
}

export function completeUpload(id: string) {
  const upload = uploads.get(id);
  if (!upload) throw new UploadError(404, `no upload ${id}`);
  uploads.delete(id);
  const complete = upload.received >= upload.bytes * 0.98;
  uploadsDone.inc({ store: upload.store, outcome: complete ? "complete" : "short" });
  if (!complete) throw new UploadError(422, `upload ${id} is short of data`);
  printQueue.unshift({
    id,
    orderRef: upload.orderRef,
    product: upload.product,
    bytes: upload.received,
  });
  if (printQueue.length > PRINT_QUEUE_SHOWN) printQueue.length = PRINT_QUEUE_SHOWN;
  return { id, status: "queued-for-print", orderRef: upload.orderRef };
}

export function queueView() {
  return { inProgress: uploads.size, printQueue: printQueue.slice(0, 10) };
}
