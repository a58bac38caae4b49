import { notify } from "./notify.ts";

export class EnrolmentError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

interface Seat {
  student: string;
  name: string;
  enrolledAt: number;
}

interface WaitlistEntry {
  student: string;
  name: string;
  note: string;
  joinedAt: number;
}

interface Offer {
  student: string;
  name: string;
  expiresAt: number;
  timer: ReturnType<typeof setTimeout>;
}

interface Course {
  id: string;
  title: string;
  capacity: number;
  seats: Map<string, Seat>;
  waitlist: WaitlistEntry[];
  offers: Map<string, Offer>;
}

// How long a student promoted from the waitlist has to claim the seat.
const OFFER_HOLD_MS = 250;
const HISTORY_SIZE = 50;

const courses = new Map<string, Course>();
const history: { course: string; student: string; event: string; at: number }[] = [];

function log(course: Course, student: string, event: string) {
  history.push({ course: course.id, student, event, at: Date.now() });
  if (history.length > HISTORY_SIZE) history.shift();
}

function addCourse(id: string, title: string, capacity: number, preEnrolled: string[]) {
  const seats = new Map<string, Seat>();
  for (const s of preEnrolled) seats.set(s, { student: s, name: s, enrolledAt: Date.now() });
  courses.set(id, { id, title, capacity, seats, waitlist: [], offers: new Map() });
}

addCourse("CHEM-210", "Organic Chemistry I", 4, ["st-anna", "st-bruno"]);
addCourse("ART-105", "Foundations of Drawing", 12, []);

function getCourse(id: string): Course {
  const course = courses.get(id);
  if (!course) throw new EnrolmentError(404, `no course ${id}`);
  return course;
}

function stateOf(course: Course, student: string) {
  if (course.seats.has(student)) return "enrolled";
  if (course.offers.has(student)) return "offered";
  if (course.waitlist.some((w) => w.student === student)) return "waitlisted";
  return "none";
}

export function enrol(courseId: string, body: { student?: string; name?: string; note?: string }) {
  const course = getCourse(courseId);
  const student = body.student;
  if (!student) throw new EnrolmentError(400, "student is required");
  const state = stateOf(course, student);
  if (state !== "none") throw new EnrolmentError(409, `already ${state}`);
  const name = String(body.name ?? student).slice(0, 80);
  if (course.seats.size + course.offers.size < course.capacity) {
    course.seats.set(student, { student, name, enrolledAt: Date.now() });
    log(course, student, "enrolled");
    return { status: "enrolled" };
  }
  course.waitlist.push({
    student,
    name,
    note: String(body.note ?? "").slice(0, 300),
    joinedAt: Date.now(),
  });
  log(course, student, "waitlisted");
  return { status: "waitlisted", position: course.waitlist.length };
}

function offerNextSeat(course: Course) {
  if (course.seats.size + course.offers.size >= course.capacity) return;
  const next = course.waitlist.shift();
  if (!next) return;
  const offer: Offer = {
    student: next.student,
    name: next.name,
    expiresAt: Date.now() + OFFER_HOLD_MS,
    timer: setTimeout(() => expireOffer(course, next.student), OFFER_HOLD_MS),
  };
  course.offers.set(next.student, offer);
  log(course, next.student, "offered");
  notify(next.student, course.id, `A seat opened in ${course.title}. Claim it now.`);
}

function expireOffer(course: Course, student: string) {
  if (!course.offers.delete(student)) return;
  log(course, student, "offer expired");
  notify(student, course.id, `Your held seat in ${course.title} was released.`);
  offerNextSeat(course);
}

export function claim(courseId: string, student: string) {
  const course = getCourse(courseId);
  const offer = course.offers.get(student);
  if (!offer) return { status: stateOf(course, student) };
  clearTimeout(offer.timer);
  course.offers.delete(student);
  course.seats.set(student, { student, name: offer.name, enrolledAt: Date.now() });
  log(course, student, "claimed");
  return { status: "enrolled" };
}

export function drop(courseId: string, student: string) {
  const course = getCourse(courseId);
  if (course.seats.delete(student)) {
    log(course, student, "dropped");
    offerNextSeat(course);
    return { status: "dropped" };
  }
  const offer = course.offers.get(student);
  if (offer) {
    clearTimeout(offer.timer);
    course.offers.delete(student);
    log(course, student, "declined");
    offerNextSeat(course);
    return { status: "declined" };
  }
  const i = course.waitlist.findIndex((w) => w.student === student);
  if (i !== -1) {
    course.waitlist.splice(i, 1);
    log(course, student, "left waitlist");
    return { status: "left waitlist" };
  }
  return { status: "none" };
}

export function courseView(courseId: string) {
  const course = getCourse(courseId);
  return {
    id: course.id,
    title: course.title,
    capacity: course.capacity,
    enrolled: course.seats.size,
    held: course.offers.size,
    waitlist: course.waitlist.length,
    recent: history.filter((h) => h.course === course.id).slice(-5),
  };
}
