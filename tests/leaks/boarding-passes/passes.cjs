"use strict";

const { encodeMatrix, matrixToSvg } = require("./barcode.cjs");
const { bcbpString } = require("./bcbp.cjs");

class CheckinError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const bookings = new Map([
  ["K7Q2LM", {
    pnr: "K7Q2LM",
    segments: [
      { carrier: "KL", flight: "1001", from: "AMS", to: "LHR", date: "2025-07-04", cabin: "Y" },
      { carrier: "KL", flight: "1008", from: "LHR", to: "AMS", date: "2025-07-09", cabin: "Y" },
    ],
    passengers: [
      {
        firstName: "Sanne",
        lastName: "de Wit",
        sequence: 41,
        seat: { "1001": "14C", "1008": "21A" },
        checkedIn: true,
      },
      {
        firstName: "Joris",
        lastName: "de Wit",
        sequence: 42,
        seat: { "1001": "14D", "1008": "21B" },
        checkedIn: true,
      },
    ],
  }],
  ["R3TX9P", {
    pnr: "R3TX9P",
    segments: [
      { carrier: "AF", flight: "1241", from: "CDG", to: "FCO", date: "2025-07-05", cabin: "J" },
    ],
    passengers: [
      {
        firstName: "Amélie",
        lastName: "Roux",
        sequence: 7,
        seat: { "1241": "2A" },
        checkedIn: true,
      },
    ],
  }],
]);

function findBooking(pnr) {
  const booking = bookings.get(pnr.toUpperCase());
  if (!booking) throw new CheckinError(404, `no booking ${pnr}`);
  return booking;
}

/**
 * Renders one boarding pass into an SVG card. The scratch lease goes back to the pool as soon
 * as the barcode matrix has been copied out, so a slow download never holds a work area.
 */
function renderPass(booking, passenger, segment, lease) {
  if (!passenger.checkedIn) throw new CheckinError(409, "passenger is not checked in");
  const payload = bcbpString(booking, passenger, segment);
  const matrix = Uint8Array.from(encodeMatrix(payload, lease.buffer));
  lease.release();
  const barcode = matrixToSvg(matrix);
  return {
    passenger: `${passenger.firstName} ${passenger.lastName}`,
    flight: `${segment.carrier}${segment.flight}`,
    route: `${segment.from} → ${segment.to}`,
    date: segment.date,
    seat: passenger.seat[segment.flight] ?? null,
    boardingGroup: segment.cabin === "J" ? 1 : 3,
    payload,
    barcode,
  };
}

module.exports = { CheckinError, findBooking, renderPass };
