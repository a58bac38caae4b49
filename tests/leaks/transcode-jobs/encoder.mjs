import { Signal } from "./signal.mjs";

export const PROFILES = {
  "1080p": { width: 1920, height: 1080, videoKbps: 5000, audioKbps: 160 },
  "720p": { width: 1280, height: 720, videoKbps: 2800, audioKbps: 128 },
  "480p": { width: 854, height: 480, videoKbps: 1200, audioKbps: 96 },
  "audio": { width: 0, height: 0, videoKbps: 0, audioKbps: 128 },
};

/** Progress and completion of every job go out on one signal: `{ type, jobId, … }`. */
export const jobEvents = new Signal();
const stats = { started: 0, finished: 0, renditions: 0 };

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** "Encodes" a job's renditions one after the other, announcing progress after each. */
export async function encode(job) {
  stats.started++;
  const outputs = [];
  for (const [n, name] of job.profiles.entries()) {
    await tick();
    const p = PROFILES[name];
    const kbps = p.videoKbps + p.audioKbps;
    outputs.push({
      profile: name,
      key: `renditions/${job.id}/${name}.${p.width ? "mp4" : "m4a"}`,
      bytes: Math.round((kbps * 1000 / 8) * job.durationSeconds),
    });
    stats.renditions++;
    const percent = Math.round(((n + 1) / job.profiles.length) * 100);
    jobEvents.dispatch({ type: "progress", jobId: job.id, percent, profile: name });
  }
  await tick();
  stats.finished++;
  jobEvents.dispatch({ type: "finished", jobId: job.id, outputs });
}

export function encoderStats() {
  return { ...stats, listeners: jobEvents.size };
}
