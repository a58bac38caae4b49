"use strict";

const { randomUUID } = require("node:crypto");

const HISTORY = 50;

/** name → { name, messages, members, seq } */
const rooms = new Map();

function roomFor(name) {
  let room = rooms.get(name);
  if (!room) {
    room = { name, messages: [], members: [], seq: 0 };
    rooms.set(name, room);
  }
  return room;
}

function post(name, author, text) {
  const room = roomFor(name);
  const message = { seq: ++room.seq, author, text, at: new Date().toISOString() };
  room.messages.push(message);
  if (room.messages.length > HISTORY) room.messages.splice(0, room.messages.length - HISTORY);
  for (const member of room.members) {
    if (!member.res.writableEnded) deliver(room, member, [message]);
  }
  return message;
}

/** A long-polling client waiting for messages after `since`. */
function join(name, res, since, agent) {
  const room = roomFor(name);
  const member = { id: randomUUID(), res, since, agent, joinedAt: Date.now() };
  room.members.push(member);
  return { room, member };
}

function leave(room, member) {
  const index = room.members.indexOf(member);
  if (index >= 0) room.members.slice(index, 1);
}

function deliver(room, member, messages) {
  const payload = JSON.stringify({ room: room.name, messages, members: room.members.length });
  member.res.writeHead(200, { "content-type": "application/json" });
  member.res.end(payload);
  leave(room, member);
}

function backlog(room, since) {
  return room.messages.filter((m) => m.seq > since);
}

module.exports = { post, join, leave, deliver, backlog };
