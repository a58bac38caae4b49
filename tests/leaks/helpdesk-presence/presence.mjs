// Who else has a ticket open ("Sam is also looking at this"), per browser tab: the agent
// desk joins when a ticket view opens, heartbeats while it stays open (so idle tabs show
// greyed out) and sends a beacon from `pagehide` when the tab closes or navigates away.
const IDLE_AFTER_MS = 30_000;
const viewers = new Map();
const counts = { joins: 0, leaves: 0, heartbeats: 0 };

const keyOf = (ticketId, tabId) => `${ticketId}/${tabId}`;

export function join(ticketId, tabId, agent, userAgent) {
  counts.joins++;
  const viewer = {
    ticketId,
    tabId,
    agentId: agent.id,
    name: agent.name,
    team: agent.team,
    userAgent,
    since: Date.now(),
    lastSeen: Date.now(),
    composing: false,
  };
  viewers.set(keyOf(ticketId, tabId), viewer);
  return viewer;
}

export function heartbeat(ticketId, tabId, composing) {
  const viewer = viewers.get(keyOf(ticketId, tabId));
  if (!viewer) return false;
  counts.heartbeats++;
  viewer.lastSeen = Date.now();
  viewer.composing = Boolean(composing);
  return true;
}

export function leave(ticketId, tabId) {
  const gone = viewers.delete(keyOf(ticketId, tabId));
  if (gone) counts.leaves++;
  return gone;
}

export function viewersOf(ticketId, exceptTab) {
  const now = Date.now();
  const list = [];
  for (const v of viewers.values()) {
    if (v.ticketId !== ticketId || v.tabId === exceptTab) continue;
    list.push({ name: v.name, composing: v.composing, idle: now - v.lastSeen > IDLE_AFTER_MS });
  }
  return list;
}

export const presenceStats = () => ({ ...counts, open: viewers.size });
