"use strict";

/** Today's departures from the terminal, with a seat map each (2+1 coaches, 46 seats). */
class Trip {
  constructor(id, from, to, departsAt, fare, operator) {
    this.id = id;
    this.from = from;
    this.to = to;
    this.departsAt = departsAt;
    this.fare = fare;
    this.operator = operator;
    this.seats = 46;
    this.taken = new Set();
  }

  /** The first free seats, or null when the coach cannot take that many. */
  allocate(n) {
    const seats = [];
    for (let no = 1; no <= this.seats && seats.length < n; no++) {
      if (!this.taken.has(no)) seats.push(no);
    }
    if (seats.length < n) return null;
    for (const no of seats) this.taken.add(no);
    return seats;
  }

  free(seats) {
    for (const no of seats) this.taken.delete(no);
  }

  seatMap() {
    const map = [];
    for (let no = 1; no <= this.seats; no++) map.push(this.taken.has(no) ? "x" : "o");
    return map.join("");
  }
}

const today = new Date();
const at = (h, m) =>
  Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), h - 3, m);

const trips = new Map(
  [
    new Trip("IST-ANK-0830", "İstanbul (Esenler)", "Ankara (AŞTİ)", at(8, 30), 650, "Kamil Koç"),
    new Trip("IST-IZM-1015", "İstanbul (Esenler)", "İzmir", at(10, 15), 720, "Metro Turizm"),
    new Trip("ANK-BRS-1400", "Ankara (AŞTİ)", "Bursa", at(14, 0), 540, "Nilüfer Turizm"),
    new Trip("IZM-ANT-2230", "İzmir", "Antalya", at(22, 30), 610, "Pamukkale"),
  ].map((t) => [t.id, t]),
);

module.exports = { Trip, trips };
