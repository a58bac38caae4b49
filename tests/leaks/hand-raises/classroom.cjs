"use strict";

const MAX_CALLED_ON = 10;

class ClassroomError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Live sessions by join code; the teacher's console opens them for the whole lesson block. */
const sessions = new Map();
let handSeq = 0;

function openSession(code, teacher, course) {
  const session = {
    code,
    teacher,
    course,
    slide: 1,
    startedAt: Date.now(),
    participants: new Map(),
    hands: [],
    calledOn: [],
  };
  sessions.set(code, session);
  return session;
}

openSession("PHYS-101", "dr.ibarra", "Physics 101 — Forces and motion");
openSession("CHEM-110", "ms.achterberg", "Chemistry 110 — Stoichiometry");

function getSession(code) {
  const session = sessions.get(code);
  if (!session) throw new ClassroomError(404, `no live session ${code}`);
  return session;
}

function join(code, student, body) {
  const session = getSession(code);
  const existing = session.participants.get(student);
  if (existing) {
    existing.reconnects++;
    return { session: code, slide: session.slide, participants: session.participants.size };
  }
  session.participants.set(student, {
    student,
    name: String(body.name ?? student).slice(0, 80),
    device: String(body.device ?? "browser"),
    joinedAt: Date.now(),
    reconnects: 0,
    handUp: false,
  });
  return { session: code, slide: session.slide, participants: session.participants.size };
}

function raiseHand(code, student, body) {
  const session = getSession(code);
  const participant = session.participants.get(student);
  if (!participant) throw new ClassroomError(403, "join the session first");
  if (participant.handUp) throw new ClassroomError(409, "hand already raised");
  const hand = {
    id: `hand-${++handSeq}`,
    student,
    name: body.anonymous ? "Anonymous" : participant.name,
    question: String(body.question ?? "").slice(0, 500),
    slide: session.slide,
    raisedAt: Date.now(),
    anonymous: Boolean(body.anonymous),
  };
  participant.handUp = true;
  session.hands.push(hand);
  return { hand: hand.id, position: session.hands.length };
}

function lowerHand(session, student) {
  const participant = session.participants.get(student);
  if (!participant || !participant.handUp) return false;
  participant.handUp = false;
  const i = session.hands.findIndex((h) => h.student === student);
  if (i !== -1) session.hands.splice(i, 1);
  return true;
}

function lower(code, student) {
  const session = getSession(code);
  return { lowered: lowerHand(session, student) };
}

function leave(code, student) {
  const session = getSession(code);
  if (!session.participants.delete(student)) {
    return { session: code, participants: session.participants.size };
  }
  lowerHand(session, student);
  return { session: code, participants: session.participants.size };
}

function callOnNext(code) {
  const session = getSession(code);
  const hand = session.hands.shift();
  if (!hand) return { hand: null };
  const participant = session.participants.get(hand.student);
  if (participant) participant.handUp = false;
  session.calledOn.unshift({ student: hand.student, question: hand.question, at: Date.now() });
  if (session.calledOn.length > MAX_CALLED_ON) session.calledOn.length = MAX_CALLED_ON;
  return { hand };
}

function setSlide(code, slide) {
  const session = getSession(code);
  session.slide = Number(slide) || session.slide;
  return { slide: session.slide };
}

function view(code) {
  const session = getSession(code);
  // Someone whose connection dropped shouldn't be shown in the queue.
  const queue = session.hands.filter((h) => session.participants.has(h.student));
  return {
    code: session.code,
    course: session.course,
    teacher: session.teacher,
    slide: session.slide,
    participants: session.participants.size,
    hands: queue.map((h, i) => ({
      position: i + 1,
      name: h.name,
      question: h.question,
      waitingMs: Date.now() - h.raisedAt,
    })),
    recentlyCalledOn: session.calledOn.map((c) => c.student),
  };
}

module.exports = {
  ClassroomError,
  callOnNext,
  join,
  leave,
  lower,
  raiseHand,
  setSlide,
  view,
};
