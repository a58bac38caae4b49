import { EventEmitter } from "eventemitter3";
import PQueue from "p-queue";
import QuickLRU from "quick-lru";

/** Renders report progress here ("decode", "resize", "encode") for whoever waits on them. */
export const progress = new EventEmitter();

/** Thumbnails are CPU work: two at a time, the rest wait their turn. */
const renderQueue = new PQueue({ concurrency: 2 });

/** The thumbnails most recently served (quick-lru keeps up to twice maxSize across its two maps). */
export const thumbs = new QuickLRU({ maxSize: 40 });

export const counters = { renders: 0, hits: 0 };

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function pseudoImage(seed, width) {
  // Stands in for the encoded JPEG: deterministic bytes, about width * 2 of them.
  const bytes = new Uint8Array(width * 2);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < bytes.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return Buffer.from(bytes).toString("base64");
}

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

async function render(key, poster, width) {
  for (const stage of ["decode", "resize", "encode"]) {
    await sleep(1);
    progress.emit("stage", { key, stage, at: performance.now() });
  }
  counters.renders++;
  return { poster, width, data: pseudoImage(hash(key), width), renderedAt: Date.now() };
}

/** The thumbnail and how long each stage took (for the Server-Timing header). */
export async function thumbnail(poster, width) {
  const key = `${poster}@${width}`;
  const cached = thumbs.get(key);
  if (cached) {
    counters.hits++;
    return { thumb: cached, timings: [] };
  }
  const timings = [];
  const started = performance.now();
  const onStage = (ev) => {
    if (ev.key === key) timings.push({ stage: ev.stage, ms: ev.at - started });
  };
  progress.on("stage", onStage);
  try {
    const thumb = await renderQueue.add(() => render(key, poster, width));
    thumbs.set(key, thumb);
    return { thumb, timings };
  } finally {
    progress.off("stage", onStage);
  }
}

export function queueState() {
  return { waiting: renderQueue.size, running: renderQueue.pending, cached: thumbs.size };
}
