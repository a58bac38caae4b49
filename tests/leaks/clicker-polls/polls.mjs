import { EventEmitter } from "node:events";
import { LRU } from "./vendor/tiny-lru/index.mjs";

// A poll closes on its own if the lecturer forgets; the clicker app shows the countdown.
const AUTO_CLOSE_MS = 300;
const REACTIONS = new Set(["👍", "🤔", "😕", "🎉"]);

export class PollError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const classes = new Map();
for (const [id, lecturer] of [["ECON-101", "dr.adeyemi"], ["STAT-220", "prof.kowalski"]]) {
  classes.set(id, { id, lecturer, live: new EventEmitter(), pollsRun: 0 });
}

const openPolls = new Map();
// Results of closed polls, for the lecturer's "show last results" button and the export.
const closedResults = new LRU(25);

function getClass(id) {
  const cls = classes.get(id);
  if (!cls) throw new PollError(404, `no class ${id}`);
  return cls;
}

export function openPoll(classId, body) {
  const cls = getClass(classId);
  if (!body.id || !Array.isArray(body.options) || body.options.length < 2) {
    throw new PollError(400, "id and at least two options are required");
  }
  if (openPolls.has(body.id) || closedResults.has(body.id)) {
    throw new PollError(409, `poll ${body.id} exists`);
  }
  const poll = {
    id: body.id,
    classId,
    question: String(body.question ?? "").slice(0, 300),
    options: body.options.map((o) => String(o).slice(0, 100)),
    votes: new Map(),
    reactions: new Map(),
    openedAt: Date.now(),
    timer: null,
    onReaction: null,
  };
  poll.onReaction = (r) => poll.reactions.set(r.emoji, (poll.reactions.get(r.emoji) ?? 0) + 1);
  cls.live.on("reaction", poll.onReaction);
  poll.timer = setTimeout(() => closePoll(poll.id, "timer"), AUTO_CLOSE_MS);
  openPolls.set(poll.id, poll);
  cls.pollsRun++;
  return poll;
}

export function vote(pollId, body) {
  const poll = openPolls.get(pollId);
  if (!poll) throw new PollError(410, "poll is closed");
  const choice = poll.options.indexOf(body.choice);
  if (choice === -1) throw new PollError(400, "not an option");
  poll.votes.set(String(body.student), choice);
  return { poll: pollId, votes: poll.votes.size };
}

export function react(classId, body) {
  const cls = getClass(classId);
  if (!REACTIONS.has(body.emoji)) throw new PollError(400, "unsupported reaction");
  cls.live.emit("reaction", { emoji: body.emoji, at: Date.now() });
  return { ok: true };
}

function tally(poll) {
  const counts = poll.options.map(() => 0);
  for (const choice of poll.votes.values()) counts[choice]++;
  return {
    id: poll.id,
    classId: poll.classId,
    question: poll.question,
    results: poll.options.map((option, i) => ({ option, votes: counts[i] })),
    reactions: Object.fromEntries(poll.reactions),
    voters: poll.votes.size,
  };
}

export function closePoll(pollId, by = "lecturer") {
  const poll = openPolls.get(pollId);
  if (!poll) return closedResults.get(pollId) ?? null;
  clearTimeout(poll.timer);
  classes.get(poll.classId).live.off("reaction", poll.onReaction);
  openPolls.delete(pollId);
  const summary = { ...tally(poll), closedBy: by, durationMs: Date.now() - poll.openedAt };
  closedResults.set(pollId, summary);
  return summary;
}

export function results(pollId) {
  const poll = openPolls.get(pollId);
  if (poll) return { ...tally(poll), open: true };
  return closedResults.get(pollId) ?? { id: pollId, open: false, expired: true };
}
