import { randomUUID } from "node:crypto";
import { retryBudgetSnapshot, transcribe } from "./asr.mjs";
import { httpError } from "./http.mjs";

// Transcripts are written to object storage; the service keeps the newest ones for the
// show-notes editor and a word count per show.
const LATEST_LIMIT = 25;
const latest = new Map();
const wordsByShow = new Map();

const EPISODE_PATH = /^\/episodes\/([\w-]+)\/(transcribe|transcript)$/;

function remember(id, transcript) {
  latest.delete(id);
  latest.set(id, transcript);
  if (latest.size > LATEST_LIMIT) latest.delete(latest.keys().next().value);
}

export async function route(method, url, body, headers) {
  if (url.pathname === "/debug/retry-budget") {
    return { status: 200, body: retryBudgetSnapshot() };
  }
  const match = EPISODE_PATH.exec(url.pathname);
  if (!match) throw httpError(404, "not found");
  const [, episodeId, action] = match;

  if (action === "transcribe" && method === "POST") {
    const minutes = Number(body.minutes);
    if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 240) {
      throw httpError(400, "minutes must be between 0 and 240");
    }
    const show = String(body.show ?? "unknown");
    const ctx = { episodeId, requestId: headers["x-request-id"] ?? randomUUID() };
    const { language, segments } = await transcribe({ minutes, language: body.language }, ctx);
    const words = segments.reduce((n, s) => n + s.words, 0);
    wordsByShow.set(show, (wordsByShow.get(show) ?? 0) + words);
    remember(episodeId, { show, language, words, text: segments.map((s) => s.text).join("\n") });
    return { status: 201, body: { episodeId, language, segments: segments.length, words } };
  }

  if (action === "transcript" && method === "GET") {
    const transcript = latest.get(episodeId);
    if (!transcript) throw httpError(404, "no transcript for this episode");
    return { status: 200, body: transcript };
  }
  throw httpError(405, "method not allowed");
}
