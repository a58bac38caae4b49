export type Status = "online" | "away" | "offline";

export interface Heartbeat {
  user: string;
  device: string;
  status: Status;
}

export interface TenantPresence {
  tenant: string;
  online: number;
  users: string[];
  heartbeats: number;
}

const onlineByTenant = new Map<string, Set<string>>();
const heartbeatsByTenant = new Map<string, number>();

function connectionKey(beat: Heartbeat): string {
  return `${beat.user}@${beat.device}`;
}

function userOf(key: string): string {
  return key.slice(0, key.indexOf("@"));
}

export function recordHeartbeat(tenant: string, beat: Heartbeat): number {
  let online = onlineByTenant.get(tenant);
  if (!online) {
    online = new Set();
    onlineByTenant.set(tenant, online);
  }
  const key = connectionKey(beat);
  if (beat.status === "offline") online.delete(key);
  else online.add(key);
  heartbeatsByTenant.set(tenant, (heartbeatsByTenant.get(tenant) ?? 0) + 1);
  return online.size;
}

export function presenceOf(tenant: string, limit = 25): TenantPresence {
  const online = onlineByTenant.get(tenant);
  const users = new Set<string>();
  for (const key of online ?? []) {
    if (users.size >= limit) break;
    users.add(userOf(key));
  }
  return {
    tenant,
    online: online?.size ?? 0,
    users: [...users],
    heartbeats: heartbeatsByTenant.get(tenant) ?? 0,
  };
}
