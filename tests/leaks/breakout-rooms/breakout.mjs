const INBOX_SIZE = 20;
const MAX_NOTES = 200;

export class BreakoutRoom {
  constructor(session, id, { topic, students, minutes }) {
    this.id = id;
    this.session = session;
    this.topic = String(topic ?? "Discussion").slice(0, 200);
    this.students = students.map(String);
    this.notes = [];
    this.inbox = [];
    this.openedAt = Date.now();
    this.endsAt = this.openedAt + (Number(minutes) || 10) * 60_000;
    this.closed = false;
    // Teacher broadcasts ("two minutes left", "back to the main room") reach every room.
    session.bus.on("broadcast", (msg) => this.relay(msg));
  }

  relay(msg) {
    if (this.closed) return;
    this.inbox.push(msg);
    if (this.inbox.length > INBOX_SIZE) this.inbox.shift();
  }

  addNote(author, text) {
    if (this.closed) throw Object.assign(new Error("room is closed"), { status: 409 });
    if (!this.students.includes(author)) {
      throw Object.assign(new Error(`${author} is not in ${this.id}`), { status: 403 });
    }
    if (this.notes.length >= MAX_NOTES) this.notes.shift();
    const note = { author, text: String(text ?? "").slice(0, 1000), at: Date.now() };
    this.notes.push(note);
    return note;
  }

  close() {
    this.closed = true;
    this.session.bus.off("broadcast", this.relay);
    return {
      id: this.id,
      topic: this.topic,
      students: this.students.length,
      notes: this.notes.length,
      minutes: Math.round((Date.now() - this.openedAt) / 60_000),
    };
  }

  toJSON() {
    return {
      id: this.id,
      topic: this.topic,
      students: this.students,
      notes: this.notes,
      announcements: this.inbox.map((m) => m.text),
      remainingMs: Math.max(0, this.endsAt - Date.now()),
      closed: this.closed,
    };
  }
}
