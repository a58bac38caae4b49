/** Seminars on sale and the seats they have left. */

export class BookingError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

class Seminar {
  constructor(id, title, venue, date, capacity, seatPrice) {
    this.id = id;
    this.title = title;
    this.venue = venue;
    this.date = date;
    this.capacity = capacity;
    this.seatPrice = seatPrice;
    this.booked = 0;
    this.held = 0;
  }

  get available() {
    return this.capacity - this.booked - this.held;
  }

  hold(n) {
    if (n > this.available) {
      throw new BookingError(409, `only ${this.available} seats left on ${this.id}`);
    }
    this.held += n;
    let released = false;
    return {
      seats: n,
      release: () => {
        if (released) return;
        released = true;
        this.held -= n;
      },
    };
  }
}

export const seminars = new Map(
  [
    new Seminar(
      "GDPR-0611",
      "GDPR for HR teams",
      "Manchester Central, Room 4",
      "2031-06-11",
      40,
      295,
    ),
    new Seminar(
      "EMPLAW-0618",
      "Employment law update 2031",
      "Leeds Marriott",
      "2031-06-18",
      60,
      345,
    ),
    new Seminar("PAYROLL-0702", "Year-end payroll in practice", "Online", "2031-07-02", 200, 180),
  ].map((s) => [s.id, s]),
);

export function seminar(id) {
  const s = seminars.get(id);
  if (!s) throw new BookingError(404, `no seminar ${id}`);
  return s;
}
