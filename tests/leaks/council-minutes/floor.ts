import { log } from "./event_log.ts";
import { LevelWindow } from "./level_window.ts";
import { MEETINGS } from "./minutes.ts";

export class FloorError extends Error {
  constructor(message: string, readonly status = 422) {
    super(message);
  }
}

interface FloorRequest {
  id: string;
  councillor: string;
  item: string;
  requestedAt: number;
}

interface Motion {
  id: string;
  meeting: string;
  title: string;
  submittedBy: string;
  votes: Map<string, "for" | "against" | "abstain">;
}

const COUNCILLORS = new Set(
  Array.from({ length: 39 }, (_, k) => `C-${String(k + 1).padStart(2, "0")}`),
);

const queues = new Map<string, Map<string, FloorRequest>>(MEETINGS.map((m) => [m, new Map()]));
const levels = new Map<string, LevelWindow>(MEETINGS.map((m) => [m, new LevelWindow(250, 48)]));
const motions = new Map<string, Motion>();
const decisions: { motion: string; result: string; tally: string }[] = [];

function queueOf(meeting: string): Map<string, FloorRequest> {
  const queue = queues.get(meeting);
  if (!queue) throw new FloorError("no such meeting", 404);
  return queue;
}

function councillor(id: unknown): string {
  if (typeof id !== "string" || !COUNCILLORS.has(id)) throw new FloorError("unknown councillor");
  return id;
}

export function requestFloor(
  meeting: string,
  body: { id?: string; councillor?: string; item?: string },
) {
  const queue = queueOf(meeting);
  const who = councillor(body.councillor);
  if (!/^SR-\d+$/.test(body.id ?? "")) throw new FloorError("request id like SR-12 required");
  if (queue.has(body.id!)) throw new FloorError("already asked", 409);
  const item = String(body.item ?? "any other business").slice(0, 120);
  queue.set(body.id!, { id: body.id!, councillor: who, item, requestedAt: Date.now() });
  log.append(`meeting-${meeting}`, "SpeakerQueued", { councillor: who, item });
  if (queue.size === 1) log.append(`meeting-${meeting}`, "SpeakerStarted", { councillor: who });
  return { queued: queue.size };
}

export function finishedSpeaking(meeting: string, requestId: string) {
  const queue = queueOf(meeting);
  const request = queue.get(requestId);
  if (!request) throw new FloorError("not in the queue", 404);
  queue.delete(requestId);
  log.append(`meeting-${meeting}`, "SpeakerFinished", { councillor: request.councillor });
  const [next] = queue.values();
  if (next) log.append(`meeting-${meeting}`, "SpeakerStarted", { councillor: next.councillor });
  return { queued: queue.size };
}

export function recordLevels(meeting: string, body: { mic?: string; levels?: number[] }) {
  const window = levels.get(meeting);
  if (!window) throw new FloorError("no such meeting", 404);
  if (!Array.isArray(body.levels) || body.levels.length > 20) throw new FloorError("levels");
  const now = Date.now();
  body.levels.forEach((dbfs, k) => {
    window.add({ at: now - (body.levels!.length - 1 - k) * 50, dbfs, mic: body.mic ?? "floor" });
  });
  return { peak: window.peak(now) };
}

export function submitMotion(
  meeting: string,
  body: { id?: string; title?: string; submittedBy?: string },
) {
  queueOf(meeting);
  if (!/^M-\d+$/.test(body.id ?? "")) throw new FloorError("motion id like M-12 required");
  if (motions.has(body.id!)) throw new FloorError("motion exists", 409);
  const motion: Motion = {
    id: body.id!,
    meeting,
    title: String(body.title ?? "").slice(0, 200),
    submittedBy: councillor(body.submittedBy),
    votes: new Map(),
  };
  motions.set(motion.id, motion);
  log.append(`meeting-${meeting}`, "MotionSubmitted", { motion: motion.id, title: motion.title });
  return { id: motion.id };
}

export function castVote(id: string, body: { councillor?: string; vote?: string }) {
  const motion = motions.get(id);
  if (!motion) throw new FloorError("no open motion", 404);
  const who = councillor(body.councillor);
  if (body.vote !== "for" && body.vote !== "against" && body.vote !== "abstain") {
    throw new FloorError("vote must be for, against or abstain");
  }
  motion.votes.set(who, body.vote);
  return { votes: motion.votes.size };
}

export function closeMotion(id: string) {
  const motion = motions.get(id);
  if (!motion) throw new FloorError("no open motion", 404);
  motions.delete(id);
  const counts = { for: 0, against: 0, abstain: 0 };
  for (const vote of motion.votes.values()) counts[vote]++;
  const result = counts.for > counts.against ? "carried" : "lost";
  const tally = `${counts.for}-${counts.against}-${counts.abstain}`;
  log.append(`meeting-${motion.meeting}`, "MotionClosed", { motion: id, result, tally });
  decisions.push({ motion: id, result, tally });
  if (decisions.length > 30) decisions.splice(0, decisions.length - 30);
  return { motion: id, result, tally };
}

export function floorState(meeting: string) {
  const queue = queueOf(meeting);
  return {
    queue: [...queue.values()].map((r) => r.councillor),
    peakDbfs: levels.get(meeting)!.peak(Date.now()),
    openMotions: motions.size,
    decisions: decisions.slice(-5),
  };
}
