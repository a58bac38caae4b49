export class BookingError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Slot {
  id: string;
  centre: string;
  startsAt: string;
  examiner: string;
  bookedFor: string | null;
}

export interface Hold {
  ref: string;
  slot: Slot;
  pupil: string;
  instructor: string;
  expiresAt: number;
  timer: ReturnType<typeof setTimeout>;
}

/** A held slot carries its hold under this key; it never reaches the JSON we send. */
const HOLD = Symbol("hold");
type HeldSlot = Slot & { [HOLD]?: Hold };

const HOLD_MS = 100;
const EXAMINERS = ["J. Akhtar", "P. Doyle", "S. Wright", "L. Mensah", "R. Kaur", "T. Barnes"];

function timetable(centre: string, day: string): HeldSlot[] {
  const times = ["08:10", "08:57", "09:44", "10:31", "11:18", "13:02", "13:49", "14:36", "15:23"];
  return EXAMINERS.flatMap((examiner, e) =>
    times.map((t, n) => ({
      id: `${centre}-${day}-${e}${n}`,
      centre,
      startsAt: `${day}T${t}:00`,
      examiner,
      bookedFor: null,
    }))
  );
}

export const centres = new Map<string, HeldSlot[]>([
  ["LEEDS-HARE", timetable("LEEDS-HARE", "2025-07-08")],
  ["HEATON", [...timetable("HEATON", "2025-07-09"), ...timetable("HEATON", "2025-07-10")]],
]);
const holds = new Map<string, Hold>();
const bookings = new Map<string, HeldSlot>();

export function slotsOf(centre: string): HeldSlot[] {
  const slots = centres.get(centre);
  if (!slots) throw new BookingError(404, `unknown test centre ${centre}`);
  return slots;
}

export function hold(
  centre: string,
  body: Record<string, string>,
  onRelease: (slot: Slot) => void,
): Hold {
  if (!body.ref || !body.pupil) throw new BookingError(422, "ref and pupil are required");
  if (holds.has(body.ref) || bookings.has(body.ref)) throw new BookingError(409, "ref in use");
  const slot = slotsOf(centre).find((s) => !s.bookedFor && !s[HOLD]);
  if (!slot) throw new BookingError(409, "no free slots at this centre");
  const h: Hold = {
    ref: body.ref,
    slot,
    pupil: body.pupil,
    instructor: body.instructor ?? "",
    expiresAt: Date.now() + HOLD_MS,
    timer: setTimeout(() => {
      release(h);
      onRelease(slot);
    }, HOLD_MS),
  };
  slot[HOLD] = h;
  holds.set(h.ref, h);
  return h;
}

function release(h: Hold) {
  clearTimeout(h.timer);
  holds.delete(h.ref);
  delete (h.slot as HeldSlot)[HOLD];
}

export function confirm(ref: string): Slot {
  const h = holds.get(ref);
  if (!h) throw new BookingError(410, "hold expired");
  release(h);
  h.slot.bookedFor = h.pupil;
  bookings.set(ref, h.slot);
  return h.slot;
}

export function cancel(ref: string): Slot {
  const slot = bookings.get(ref);
  if (!slot) throw new BookingError(404, "no such booking");
  bookings.delete(ref);
  slot.bookedFor = null;
  return slot;
}

export function summary(centre: string) {
  const slots = slotsOf(centre);
  return {
    centre,
    slots: slots.length,
    booked: slots.filter((s) => s.bookedFor).length,
    held: slots.filter((s) => s[HOLD]).length,
  };
}
