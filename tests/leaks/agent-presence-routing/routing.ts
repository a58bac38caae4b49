/**
 * Sticky routing of chat visitors to agents: a returning visitor gets the agent they had, as
 * long as we remember them (the last MAX_STICKY visitors) and that agent is on shift.
 */

const MAX_STICKY = 48;

interface Assignment {
  agent: string;
  assignedAt: number;
  conversations: number;
}

const sticky = new Map<string, Assignment>();
const load = new Map<string, number>();

function leastLoaded(agents: string[]): string {
  let best = agents[0];
  for (const a of agents) if ((load.get(a) ?? 0) < (load.get(best) ?? 0)) best = a;
  return best;
}

export function assign(visitor: string, onShift: string[]): Assignment {
  const prior = sticky.get(visitor);
  let assignment: Assignment;
  if (prior && onShift.includes(prior.agent)) {
    sticky.delete(visitor); // re-insert: most recently used goes last
    assignment = { ...prior, conversations: prior.conversations + 1 };
  } else {
    assignment = { agent: leastLoaded(onShift), assignedAt: Date.now(), conversations: 1 };
  }
  sticky.set(visitor, assignment);
  while (sticky.size > MAX_STICKY) sticky.delete(sticky.keys().next().value!);
  load.set(assignment.agent, (load.get(assignment.agent) ?? 0) + 1);
  return assignment;
}

export function release(agent: string): void {
  const n = load.get(agent) ?? 0;
  if (n > 0) load.set(agent, n - 1);
}

export function routingStats() {
  return { remembered: sticky.size, load: Object.fromEntries(load) };
}
