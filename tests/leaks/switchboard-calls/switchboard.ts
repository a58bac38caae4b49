import { Call, type CallInfo } from "./call.ts";

export class SwitchboardError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const calls = new Map<string, Call>();
type WrapUp = ReturnType<Call["end"]>;
const wrapUps: WrapUp[] = [];
const WRAP_UPS_KEPT = 25;

export const QUEUES = ["billing", "faults", "moving-home", "sales"];

export function incoming(info: CallInfo): Call {
  if (!info.sid) throw new SwitchboardError(400, "a call needs its sid");
  if (!QUEUES.includes(info.queue)) throw new SwitchboardError(422, `no queue ${info.queue}`);
  if (calls.has(info.sid)) throw new SwitchboardError(409, `call ${info.sid} already up`);
  const call = new Call(info);
  calls.set(call.sid, call);
  return call;
}

export function callOf(sid: string): Call {
  const call = calls.get(sid);
  if (!call) throw new SwitchboardError(404, `no live call ${sid}`);
  return call;
}

export function hangUp(sid: string, outcome: string, notes: string): WrapUp {
  const call = callOf(sid);
  const wrapUp = call.end(outcome, notes);
  calls.delete(sid);
  wrapUps.unshift(wrapUp);
  if (wrapUps.length > WRAP_UPS_KEPT) wrapUps.length = WRAP_UPS_KEPT;
  return wrapUp;
}

export function wallboard() {
  const byQueue: Record<
    string,
    { waiting: number; talking: number; breached: number; calls: unknown[] }
  > = {};
  for (const q of QUEUES) byQueue[q] = { waiting: 0, talking: 0, breached: 0, calls: [] };
  for (const call of calls.values()) {
    const live = call.live;
    const q = byQueue[call.queue];
    if (live.status === "ringing") q.waiting++;
    else q.talking++;
    if (live.slaBreached) q.breached++;
    q.calls.push({ sid: call.sid, agent: call.agent, ...live });
  }
  return byQueue;
}

export function recentWrapUps(limit = 10): WrapUp[] {
  return wrapUps.slice(0, limit);
}
