/**
 * The speech-to-text backend. In production this is the GPU pool behind asr.internal; here a
 * stand-in with the same behaviour: a short delay and, under load, a 503 on every seventh call.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { createRetryBudget } from "./retry-budget.mjs";

const budget = createRetryBudget({ ratio: 0.2, windowMs: 10_000 });
let served = 0;

class BackendBusy extends Error {
  status = 503;
}

async function callBackend(op, segment) {
  await sleep(1);
  if (++served % 7 === 0) throw new BackendBusy(`asr ${op}: 503 no free worker`);
  if (op === "detect-language") return { language: segment.hint ?? "en", confidence: 0.97 };
  return {
    text: `[${segment.from}-${segment.to}] ` + "so welcome back to the show ".repeat(4).trim(),
    words: 24,
  };
}

/** Calls the backend, retrying a busy answer while the retry budget allows. */
async function call(op, segment, ctx) {
  for (let attempt = 1;; attempt++) {
    budget.record({
      op,
      episodeId: ctx.episodeId,
      attempt,
      requestId: ctx.requestId,
      reason: attempt > 1 ? "backend busy" : undefined,
    });
    try {
      return await callBackend(op, segment);
    } catch (err) {
      if (!(err instanceof BackendBusy) || attempt >= 4 || !budget.canRetry()) throw err;
      await sleep(5 * 2 ** attempt);
    }
  }
}

export const SEGMENT_MINUTES = 10;

export async function transcribe(episode, ctx) {
  const { language } = await call(
    "detect-language",
    { from: 0, to: 1, hint: episode.language },
    ctx,
  );
  const segments = [];
  for (let from = 0; from < episode.minutes; from += SEGMENT_MINUTES) {
    const to = Math.min(episode.minutes, from + SEGMENT_MINUTES);
    segments.push(await call("transcribe", { from, to, language }, ctx));
  }
  return { language, segments };
}

export function retryBudgetSnapshot() {
  return budget.snapshot();
}
