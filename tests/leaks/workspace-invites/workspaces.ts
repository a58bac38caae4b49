import { Recent } from "./recent.ts";

export type Role = "owner" | "admin" | "member" | "guest";

export interface Invite {
  workspace: string;
  email: string;
  role: Role;
  invitedBy: string;
  token: string;
  createdAt: number;
  message?: string;
}

export interface Member {
  email: string;
  role: Role;
  joinedAt: number;
  invitedBy?: string;
}

export interface Workspace {
  id: string;
  name: string;
  members: Map<string, Member>;
  invites: Map<string, Invite>;
  seats: number;
}

export class InviteError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const normalise = (email: string) => email.trim().toLowerCase();

const workspaces = new Map<string, Workspace>([
  ["northwind", {
    id: "northwind",
    name: "Northwind Design",
    members: new Map([["maya@northwind.example", {
      email: "maya@northwind.example",
      role: "owner",
      joinedAt: Date.now(),
    }]]),
    invites: new Map(),
    seats: 50,
  }],
]);

/** What the admin page shows under "Recent changes". */
export const auditFeed = new Recent<{ at: number; what: string; who: string }>(40);

function workspaceOf(id: string): Workspace {
  const ws = workspaces.get(id);
  if (!ws) throw new InviteError(404, `no workspace ${id}`);
  return ws;
}

export function invite(
  wsId: string,
  by: string,
  email: string,
  role: Role,
  message?: string,
): Invite {
  const ws = workspaceOf(wsId);
  const inviter = ws.members.get(normalise(by));
  if (!inviter || (inviter.role !== "owner" && inviter.role !== "admin")) {
    throw new InviteError(403, "only owners and admins invite");
  }
  const key = normalise(email);
  if (ws.members.has(key)) throw new InviteError(409, "already a member");
  if (ws.members.size + ws.invites.size >= ws.seats) throw new InviteError(402, "no seats left");
  const inv: Invite = {
    workspace: ws.id,
    email: key,
    role,
    invitedBy: inviter.email,
    token: crypto.randomUUID(),
    createdAt: Date.now(),
    message,
  };
  ws.invites.set(key, inv);
  auditFeed.add({ at: inv.createdAt, what: `invited ${key} as ${role}`, who: inviter.email });
  return inv;
}

export function accept(wsId: string, email: string): Member {
  const ws = workspaceOf(wsId);
  const key = normalise(email);
  const inv = ws.invites.get(key);
  if (!inv) throw new InviteError(404, "no invite for that address");
  ws.invites.delete(key);
  const member: Member = {
    email: key,
    role: inv.role,
    joinedAt: Date.now(),
    invitedBy: inv.invitedBy,
  };
  ws.members.set(key, member);
  auditFeed.add({ at: member.joinedAt, what: `${key} joined`, who: key });
  return member;
}

export function revokeInvite(wsId: string, by: string, email: string): boolean {
  const ws = workspaceOf(wsId);
  const removed = ws.invites.delete(normalise(email));
  if (removed) auditFeed.add({ at: Date.now(), what: `revoked invite for ${email}`, who: by });
  return removed;
}

export function removeMember(wsId: string, by: string, email: string): boolean {
  const ws = workspaceOf(wsId);
  const key = normalise(email);
  const member = ws.members.get(key);
  if (!member) return false;
  if (member.role === "owner") throw new InviteError(409, "transfer ownership first");
  ws.members.delete(key);
  auditFeed.add({ at: Date.now(), what: `removed ${key}`, who: by });
  return true;
}

export function summary(wsId: string) {
  const ws = workspaceOf(wsId);
  return { members: ws.members.size, invites: ws.invites.size, recent: auditFeed.latest(5) };
}
