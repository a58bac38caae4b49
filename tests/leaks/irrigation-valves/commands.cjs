"use strict";

const { valves } = require("./valves.cjs");

class CommandError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** The controller has this long to acknowledge before we send again … */
const ACK_TIMEOUT_MS = 100;
/** … and this many sends before the command is given up. */
const MAX_SENDS = 2;
const MAX_HISTORY = 25;

const pending = new Map();
const history = [];
const counters = { sent: 0, acked: 0, expired: 0, resent: 0 };

function settle(cmd, outcome) {
  clearTimeout(cmd.timer);
  pending.delete(cmd.id);
  const valve = valves.get(cmd.valve);
  valve.queue = valve.queue?.filter((id) => id !== cmd.id);
  history.unshift({
    id: cmd.id,
    valve: cmd.valve,
    action: cmd.action,
    outcome,
    sends: cmd.sends,
    ms: Date.now() - cmd.createdAt,
  });
  if (history.length > MAX_HISTORY) history.length = MAX_HISTORY;
}

function arm(cmd) {
  cmd.timer = setTimeout(() => {
    if (!pending.has(cmd.id)) return;
    if (cmd.sends >= MAX_SENDS) {
      counters.expired++;
      settle(cmd, "expired");
      return;
    }
    cmd.sends++;
    counters.resent++;
    arm(cmd);
  }, ACK_TIMEOUT_MS);
}

function send(valveId, { id, action, minutes }) {
  const valve = valves.get(valveId);
  if (!valve) throw new CommandError(404, `no valve ${valveId}`);
  if (!id || !["open", "close"].includes(action)) {
    throw new CommandError(400, "a command needs an id and open or close");
  }
  if (pending.has(id)) throw new CommandError(409, `command ${id} is pending`);
  const cmd = {
    id,
    valve: valveId,
    action,
    minutes: action === "open" ? Math.min(Number(minutes ?? 10), 60) : 0,
    sends: 1,
    createdAt: Date.now(),
    timer: null,
  };
  pending.set(id, cmd);
  (valve.queue ??= []).push(id);
  counters.sent++;
  arm(cmd);
  return { id, valve: valveId, state: "sent" };
}

/** What the controller has not acknowledged yet, oldest first (it polls for it). */
function outstanding(valveId) {
  const valve = valves.get(valveId);
  if (!valve) throw new CommandError(404, `no valve ${valveId}`);
  return (valve.queue ?? []).map((id) => {
    const cmd = pending.get(id);
    return { id, action: cmd.action, minutes: cmd.minutes };
  });
}

function ack(valveId, commandId, body) {
  const cmd = pending.get(commandId);
  if (!cmd || cmd.valve !== valveId) throw new CommandError(404, "no such pending command");
  const valve = valves.get(valveId);
  valve.open = body.open ?? cmd.action === "open";
  valve.lastCommand = cmd.id;
  valve.lastAckAt = new Date().toISOString();
  counters.acked++;
  settle(cmd, "acked");
  return { id: commandId, valve: valveId, open: valve.open };
}

function stats() {
  return { ...counters, pending: pending.size, recent: history.slice(0, 5) };
}

module.exports = { CommandError, ack, outstanding, send, stats };
