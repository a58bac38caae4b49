import { HashRing, type RingNode } from "./ring.ts";

export interface Member extends RingNode {
  static: boolean;
  capacityMb: number;
  version: string;
  joinedAt: number;
  lastSeen: number;
}

export interface Heartbeat {
  id: string;
  addr: string;
  zone?: string;
  capacityMb?: number;
  version?: string;
}

/** A node that misses heartbeats this long leaves the ring. */
const EXPIRE_MS = 30_000;

export const ring = new HashRing(32);
export const members = new Map<string, Member>();

// Nodes from the deployment config; they never send heartbeats and never expire.
const STATIC_NODES = [
  { id: "cache-a", addr: "10.0.1.21:11211", zone: "eu-west-1a", capacityMb: 1024 },
  { id: "cache-b", addr: "10.0.2.17:11211", zone: "eu-west-1b", capacityMb: 1024 },
  { id: "cache-c", addr: "10.0.3.40:11211", zone: "eu-west-1c", capacityMb: 2048 },
];

function weightFor(capacityMb: number): number {
  return Math.max(1, Math.round(capacityMb / 1024));
}

function join(member: Member) {
  members.set(member.id, member);
  ring.add(member);
}

for (const n of STATIC_NODES) {
  const now = Date.now();
  join({
    ...n,
    weight: weightFor(n.capacityMb),
    static: true,
    version: "config",
    joinedAt: now,
    lastSeen: now,
  });
}

/** Autoscaled nodes announce themselves every few seconds. */
export function heartbeat(hb: Heartbeat): { member: Member; joined: boolean } {
  const known = members.get(hb.id);
  if (known?.static) {
    known.lastSeen = Date.now();
    return { member: known, joined: false };
  }
  const capacityMb = Number(hb.capacityMb) || 1024;
  const now = Date.now();
  const member: Member = {
    id: hb.id,
    addr: hb.addr,
    zone: hb.zone ?? "unknown",
    weight: weightFor(capacityMb),
    static: false,
    capacityMb,
    version: hb.version ?? "unknown",
    joinedAt: known?.joinedAt ?? now,
    lastSeen: now,
  };
  // The beat carries the node's current capacity, so the ring entry is refreshed with it.
  join(member);
  return { member, joined: !known };
}

export function expire(now = Date.now()): string[] {
  const gone: string[] = [];
  for (const m of members.values()) {
    if (!m.static && now - m.lastSeen > EXPIRE_MS) {
      members.delete(m.id);
      ring.remove(m.id);
      gone.push(m.id);
    }
  }
  return gone;
}
