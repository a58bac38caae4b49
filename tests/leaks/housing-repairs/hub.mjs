import { EventEmitter } from "node:events";

const MAX_EVENTS = 200;

/**
 * Live rooms for repair tickets: the activity of a ticket (for the board's catch-up and for
 * agents who open it later) and who is looking at it. A room goes once its ticket is closed
 * and the last viewer has left.
 */
export class LiveHub {
  #rooms = new Map();
  #seq = 0;

  open(ticketId, title) {
    if (this.#rooms.has(ticketId)) return this.#rooms.get(ticketId);
    const room = {
      ticketId,
      title,
      status: "open",
      viewers: 0,
      events: [],
      emitter: new EventEmitter(),
      openedAt: Date.now(),
    };
    this.#rooms.set(ticketId, room);
    return room;
  }

  room(ticketId) {
    return this.#rooms.get(ticketId);
  }

  publish(ticketId, type, data) {
    const room = this.#rooms.get(ticketId);
    if (!room) return null;
    const event = { id: ++this.#seq, type, at: new Date().toISOString(), data };
    room.events.push(event);
    if (room.events.length > MAX_EVENTS) room.events.shift();
    room.emitter.emit("event", event);
    return event;
  }

  follow(room, fn) {
    room.emitter.on("event", fn);
    return () => room.emitter.off("event", fn);
  }

  join(room) {
    room.viewers++;
  }

  leave(room) {
    room.viewers--;
    this.#release(room);
  }

  close(ticketId) {
    const room = this.#rooms.get(ticketId);
    if (!room) return;
    room.status = "closed";
    this.#release(room);
  }

  #release(room) {
    if (room.status === "closed" && room.viewers === 0) {
      this.#rooms.delete(room.ticketId);
    }
  }

  presence() {
    const out = {};
    for (const room of this.#rooms.values()) {
      if (room.status === "open") out[room.ticketId] = room.viewers;
    }
    return out;
  }
}
