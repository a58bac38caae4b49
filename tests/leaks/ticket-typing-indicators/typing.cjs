"use strict";

/** How long "Dana is typing…" stays up after the last keystroke ping. */
const TYPING_TTL_MS = 300;

/** Who is typing where: `${ticket}:${agent}` → { ticket, agent, since, timer }. */
const typing = new Map();

function keyOf(ticket, agent) {
  return `${ticket}:${agent}`;
}

function startTyping(ticket, agent) {
  const key = keyOf(ticket, agent);
  const current = typing.get(key);
  if (current) clearTimeout(current.timer);
  const state = {
    ticket,
    agent,
    since: current ? current.since : Date.now(),
    timer: setTimeout(() => typing.delete(key), TYPING_TTL_MS),
  };
  typing.set(key, state);
}

function stopTyping(ticket, agent) {
  const key = keyOf(ticket, agent);
  const current = typing.get(key);
  if (!current) return;
  clearTimeout(current.timer);
  typing.delete(key);
}

function typingOn(ticket) {
  const out = [];
  for (const state of typing.values()) if (state.ticket === ticket) out.push(state.agent);
  return out;
}

/** A closed ticket: nobody is typing on it any more. */
function clearTicket(ticket) {
  for (const [key, state] of typing) {
    if (state.ticket !== ticket) continue;
    clearTimeout(state.timer);
    typing.delete(key);
  }
}

module.exports = { clearTicket, startTyping, stopTyping, typingOn };
