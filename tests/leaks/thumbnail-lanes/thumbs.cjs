"use strict";

const { createHash } = require("node:crypto");

const SIZES = { small: [160, 160], medium: [480, 480], large: [1200, 900] };

function planThumbnail(upload, sizeName) {
  const [width, height] = SIZES[sizeName];
  const scale = Math.min(width / upload.width, height / upload.height, 1);
  return {
    width: Math.round(upload.width * scale),
    height: Math.round(upload.height * scale),
    format: upload.contentType === "image/png" ? "png" : "jpeg",
  };
}

function renderThumbnail(job) {
  const plan = planThumbnail(job.upload, job.size);
  const key = `thumbs/${job.upload.id}/${job.size}.${plan.format}`;
  const etag = createHash("sha1").update(`${key}:${plan.width}x${plan.height}`).digest("hex");
  return { key, etag, ...plan };
}

module.exports = { SIZES, renderThumbnail };
