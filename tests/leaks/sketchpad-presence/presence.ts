export interface CursorSample {
  x: number;
  y: number;
  t: number;
}

export interface Member {
  user: string;
  name: string;
  color: string;
  client: string;
  tool: string;
  cursor: { x: number; y: number };
  trail: CursorSample[];
  selection: string[];
  joinedAt: number;
  lastSeen: number;
}

export class Room {
  readonly members = new Map<string, Member>();
  revision = 0;
  constructor(readonly id: string, readonly title: string) {}
}

/** A member who has not moved or pinged for this long is shown as away. */
export const IDLE_MS = 1_500;
const TRAIL_LENGTH = 8;

export const rooms = new Map<string, Room>([
  ["board-7", new Room("board-7", "Sprint 42 retro")],
  ["board-9", new Room("board-9", "Onboarding flow sketches")],
]);

export function join(
  room: Room,
  body: { user?: string; name?: string; color?: string; tool?: string },
  client: string,
): Member {
  const user = body.user?.trim();
  if (!user) throw new RangeError("user is required");
  const existing = room.members.get(user);
  if (existing) {
    existing.lastSeen = Date.now();
    return existing;
  }
  const member: Member = {
    user,
    name: body.name ?? user,
    color: body.color ?? "#888888",
    client,
    tool: body.tool ?? "pointer",
    cursor: { x: 0, y: 0 },
    trail: [],
    selection: [],
    joinedAt: Date.now(),
    lastSeen: Date.now(),
  };
  room.members.set(user, member);
  room.revision++;
  return member;
}

export function moveCursor(
  member: Member,
  body: { x?: number; y?: number; selection?: string[]; tool?: string },
) {
  const x = Number(body.x);
  const y = Number(body.y);
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError("x and y are required");
  member.cursor = { x, y };
  member.trail.push({ x, y, t: Date.now() });
  if (member.trail.length > TRAIL_LENGTH) member.trail.shift();
  if (Array.isArray(body.selection)) member.selection = body.selection.map(String);
  if (body.tool) member.tool = body.tool;
  member.lastSeen = Date.now();
}

/** Who the board shows: members seen recently, most recent first. */
export function activeMembers(room: Room) {
  const now = Date.now();
  return [...room.members.values()]
    .filter((m) => now - m.lastSeen < IDLE_MS)
    .sort((a, b) => b.lastSeen - a.lastSeen)
    .slice(0, 25)
    .map((m) => ({ user: m.user, name: m.name, color: m.color, tool: m.tool, cursor: m.cursor }));
}
