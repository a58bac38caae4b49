"use strict";

const { PRESETS } = require("./presets.cjs");
const { complete, nextQueued, record } = require("./jobs.cjs");

const POLL_MS = 50;
const CDN = "https://cdn.kitchengarden.example/episodes";

/**
 * The hand-off to the transcode farm: picks up queued jobs, "renders" each rendition and
 * publishes the URLs. (The farm's API is asynchronous; in this service it answers at once.)
 */
function runBatch() {
  for (const job of nextQueued()) {
    job.attempts++;
    record(job, "started", `attempt ${job.attempts} on farm node enc-${(job.attempts % 3) + 1}`);
    for (const name of job.renditions) {
      const preset = PRESETS[name];
      const bytes = Math.round(job.durationSec * parseInt(preset.bitrate, 10) * 125);
      job.outputs[name] = { url: `${CDN}/${job.episode}.${preset.ext}`, bytes };
      record(job, "transcoded", `${name}: ${bytes} bytes, ${preset.channels} ch`);
    }
    record(job, "published", `${Object.keys(job.outputs).length} renditions for ${job.episode}`);
    complete(job);
  }
}

function startTranscoder() {
  setInterval(runBatch, POLL_MS).unref();
}

module.exports = { startTranscoder };
