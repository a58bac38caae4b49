import { createHash } from "node:crypto";

export class LabError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const SIZES = {
  "6x4": { pence: 15, dpi: 300 },
  "7x5": { pence: 35, dpi: 300 },
  "10x8": { pence: 199, dpi: 250 },
  "A4": { pence: 249, dpi: 250 },
};

const PAPERS = new Set(["gloss", "lustre", "matte"]);

// Uploaded photos live on the kiosk's disk until printed; the lab only sees the checksum and
// pixel size, so nothing is kept here.
export function checkUpload({ filename, width, height, bytesBase64 }) {
  if (!filename || !bytesBase64) throw new LabError(400, "filename and bytesBase64 are required");
  const bytes = Buffer.from(bytesBase64, "base64");
  return {
    filename,
    sha1: createHash("sha1").update(bytes).digest("hex"),
    width: Number(width) || 0,
    height: Number(height) || 0,
    bytes: bytes.length,
  };
}

export function quote(order) {
  const items = Array.isArray(order.items) ? order.items : [];
  if (items.length === 0) throw new LabError(400, "an order needs items");
  const lines = items.map((item) => {
    const size = SIZES[item.size];
    if (!size) throw new LabError(422, `unknown size ${item.size}`);
    const paper = PAPERS.has(item.paper) ? item.paper : "gloss";
    const qty = Math.max(1, Math.min(99, Number(item.qty) || 1));
    return { photo: item.photo, size: item.size, paper, qty, pence: size.pence * qty };
  });
  const total = lines.reduce((s, l) => s + l.pence, 0);
  return {
    ref: `LB-${String(order.kiosk).toUpperCase()}-${Date.now().toString(36)}`,
    lines,
    totalPence: total,
    readyInMinutes: 20 + lines.length * 2,
  };
}

export function statusOf(ref) {
  // refs carry their creation time; prints take a minute a line in the demo lab
  const created = parseInt(String(ref).split("-").pop() ?? "", 36);
  if (!Number.isFinite(created)) throw new LabError(404, "unknown order");
  const age = Date.now() - created;
  return { ref, status: age > 60_000 ? "ready" : "printing" };
}
