"use strict";

const { grade } = require("./grading.js");

/** Inspection uploads in progress, for the warehouse dashboard. */
const activeUploads = new Map();
const RECENT_KEPT = 30;
const recentInspections = [];

function inspect(req, rma, body) {
  const upload = {
    id: `${rma.rma}/${body.station}`,
    rma: rma.rma,
    sku: rma.sku,
    inspector: body.inspector,
    station: body.station,
    photos: body.photos.map(({ name, sizeKb, angle }) => ({ name, sizeKb, angle })),
    bytes: Number(req.headers["content-length"] ?? 0),
    startedAt: new Date().toISOString(),
  };
  activeUploads.set(upload.id, upload);
  // An upload is over when its request is.
  req.on("end", () => activeUploads.delete(upload.id));

  const result = grade(body);
  if (!result) return { error: `unknown condition ${body.condition}` };
  rma.inspection = {
    ...result,
    inspector: body.inspector,
    notes: body.notes ?? "",
    at: upload.startedAt,
  };
  recentInspections.push({
    rma: rma.rma,
    sku: rma.sku,
    condition: result.condition,
    at: upload.startedAt,
  });
  if (recentInspections.length > RECENT_KEPT) recentInspections.shift();
  return { inspection: rma.inspection };
}

function inspectionBoard() {
  return {
    uploading: [...activeUploads.values()].slice(0, 10).map((u) => ({
      rma: u.rma,
      station: u.station,
    })),
    recent: recentInspections.slice(-10),
  };
}

module.exports = { inspect, inspectionBoard };
