/**
 * Live viewing rooms: the agent walks the property on camera, viewers join from the listing page
 * and ask questions. A room is held by whoever is in it (the agent's hold and one per viewer
 * connection) and closes when the last hold is released.
 */

export interface Viewer {
  id: string;
  name: string;
  connection: string;
  device: string;
  joinedAt: number;
}

export interface Question {
  n: number;
  from: string;
  text: string;
  at: number;
  answered: boolean;
}

export interface Room {
  id: string;
  listing: string;
  agent: string;
  viewers: Map<string, Viewer>;
  questions: Question[];
  stop: string;
  refs: number;
  openedAt: number;
  agentLeft: boolean;
}

export interface RoomSummary {
  id: string;
  listing: string;
  viewers: number;
  questions: number;
  minutes: number;
}

export class RoomError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export class RoomRegistry {
  #rooms = new Map<string, Room>();
  #onClosed: (summary: RoomSummary) => void;

  constructor(onClosed: (summary: RoomSummary) => void) {
    this.#onClosed = onClosed;
  }

  open(id: string, listing: string, agent: string, firstStop: string): Room {
    if (this.#rooms.has(id)) throw new RoomError(409, `viewing ${id} is already live`);
    const room: Room = {
      id,
      listing,
      agent,
      viewers: new Map(),
      questions: [],
      stop: firstStop,
      refs: 1, // the agent
      openedAt: Date.now(),
      agentLeft: false,
    };
    this.#rooms.set(id, room);
    return room;
  }

  get(id: string): Room {
    const room = this.#rooms.get(id);
    if (!room) throw new RoomError(404, `no live viewing ${id}`);
    return room;
  }

  join(id: string, viewer: Viewer): Room {
    const room = this.get(id);
    const existing = room.viewers.get(viewer.id);
    // the same connection asking twice (the listing page retries on a slow network)
    if (existing && existing.connection === viewer.connection) return room;
    room.viewers.set(viewer.id, viewer);
    room.refs++;
    return room;
  }

  leave(id: string, viewerId: string): boolean {
    const room = this.get(id);
    if (!room.viewers.delete(viewerId)) return false;
    this.#release(room);
    return true;
  }

  ask(id: string, viewerId: string, text: string): Question {
    const room = this.get(id);
    if (!room.viewers.has(viewerId)) throw new RoomError(403, "join the viewing to ask");
    const q = {
      n: room.questions.length + 1,
      from: viewerId,
      text,
      at: Date.now(),
      answered: false,
    };
    room.questions.push(q);
    return q;
  }

  moveTo(id: string, stop: string): Room {
    const room = this.get(id);
    room.stop = stop;
    for (const q of room.questions) q.answered = true;
    return room;
  }

  /** The agent hangs up; viewers still in the room can finish looking at the last stop. */
  agentLeaves(id: string, agent: string): void {
    const room = this.get(id);
    if (room.agent !== agent) throw new RoomError(403, "not your viewing");
    if (room.agentLeft) return;
    room.agentLeft = true;
    this.#release(room);
  }

  #release(room: Room): void {
    room.refs--;
    if (room.refs > 0) return;
    this.#rooms.delete(room.id);
    this.#onClosed({
      id: room.id,
      listing: room.listing,
      viewers: room.viewers.size,
      questions: room.questions.length,
      minutes: Math.round((Date.now() - room.openedAt) / 60_000),
    });
  }

  live(): number {
    return this.#rooms.size;
  }
}
