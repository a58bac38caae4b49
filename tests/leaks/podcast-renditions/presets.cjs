"use strict";

/** Output renditions the feed publishes for every episode. */
const PRESETS = {
  "mp3-128": { codec: "libmp3lame", bitrate: "128k", ext: "mp3", channels: 2 },
  "aac-64": { codec: "aac", bitrate: "64k", ext: "m4a", channels: 1 },
  "opus-48": { codec: "libopus", bitrate: "48k", ext: "opus", channels: 1 },
};

/** Every new job starts from these. */
const JOB_DEFAULTS = Object.freeze({
  status: "queued",
  priority: "normal",
  attempts: 0,
  maxAttempts: 3,
  renditions: ["mp3-128", "aac-64"],
  loudnessTarget: -16,
  history: [],
});

module.exports = { JOB_DEFAULTS, PRESETS };
