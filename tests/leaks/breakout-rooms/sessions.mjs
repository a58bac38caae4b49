import { EventEmitter } from "node:events";
import { BreakoutRoom } from "./breakout.mjs";

const ARCHIVE_SIZE = 10;
const HISTORY_SIZE = 20;

export class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const sessions = new Map();
const roomIndex = new Map();

function openSession(code, teacher, title) {
  const bus = new EventEmitter();
  // One listener per breakout room; a big seminar can run dozens at once.
  bus.setMaxListeners(0);
  sessions.set(code, {
    code,
    teacher,
    title,
    bus,
    rooms: new Map(),
    broadcasts: [],
    archive: [],
    startedAt: Date.now(),
  });
}

openSession("BIO-201", "prof.nakamura", "Cell biology seminar");
openSession("HIST-140", "mr.delacroix", "Revolutions, 1770–1850");

function getSession(code) {
  const session = sessions.get(code);
  if (!session) throw new HttpError(404, `no live session ${code}`);
  return session;
}

export function getRoom(id) {
  const room = roomIndex.get(id);
  if (!room) throw new HttpError(404, `no breakout room ${id}`);
  return room;
}

export function createRoom(code, body) {
  const session = getSession(code);
  if (!body.id || !Array.isArray(body.students) || body.students.length === 0) {
    throw new HttpError(400, "id and students are required");
  }
  if (roomIndex.has(body.id)) throw new HttpError(409, `room ${body.id} exists`);
  const room = new BreakoutRoom(session, body.id, body);
  session.rooms.set(room.id, room);
  roomIndex.set(room.id, room);
  return room;
}

export function broadcast(code, body) {
  const session = getSession(code);
  const msg = { text: String(body.text ?? "").slice(0, 280), at: Date.now() };
  session.broadcasts.push(msg);
  if (session.broadcasts.length > HISTORY_SIZE) session.broadcasts.shift();
  session.bus.emit("broadcast", msg);
  return { rooms: session.rooms.size };
}

export function closeRoom(id) {
  const room = getRoom(id);
  const session = room.session;
  const summary = room.close();
  session.rooms.delete(id);
  roomIndex.delete(id);
  session.archive.unshift(summary);
  if (session.archive.length > ARCHIVE_SIZE) session.archive.length = ARCHIVE_SIZE;
  return summary;
}

export function sessionView(code) {
  const session = getSession(code);
  return {
    code: session.code,
    title: session.title,
    teacher: session.teacher,
    rooms: [...session.rooms.values()].map((r) => ({ id: r.id, students: r.students.length })),
    recentlyClosed: session.archive,
  };
}
