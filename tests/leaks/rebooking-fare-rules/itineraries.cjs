"use strict";

const { rulesFor } = require("./fare-rules.cjs");

class ItineraryError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const itineraries = new Map();
let segmentSeq = 0;

// segments are never edited in place: a change replaces the segment, the ticket keeps the old
// coupon for the exchange
function makeSegment(s) {
  if (!s.carrier || !s.flight || !s.from || !s.to || !s.departs || !s.fareBasis) {
    throw new ItineraryError(400, "segment needs carrier, flight, from, to, departs, fareBasis");
  }
  return Object.freeze({
    id: `SEG${++segmentSeq}`,
    carrier: s.carrier,
    flight: s.flight,
    from: s.from,
    to: s.to,
    departs: s.departs,
    fareBasis: s.fareBasis,
    cabin: s.cabin ?? "economy",
    fareCents: s.fareCents ?? 0,
    status: "HK",
  });
}

function create(body) {
  if (!body.pnr || !Array.isArray(body.segments) || body.segments.length === 0) {
    throw new ItineraryError(400, "pnr and segments required");
  }
  if (itineraries.has(body.pnr)) throw new ItineraryError(409, `${body.pnr} exists`);
  const itinerary = {
    pnr: body.pnr,
    passenger: body.passenger ?? null,
    segments: body.segments.map(makeSegment),
    changes: [],
    createdAt: new Date().toISOString(),
  };
  itineraries.set(itinerary.pnr, itinerary);
  return itinerary;
}

function get(pnr) {
  const itinerary = itineraries.get(pnr);
  if (!itinerary) throw new ItineraryError(404, `no itinerary ${pnr}`);
  return itinerary;
}

function changeQuote(pnr) {
  return get(pnr).segments.map((seg) => {
    const rules = rulesFor(seg);
    return {
      segment: seg.id,
      flight: seg.flight,
      changeable: rules?.changeable ?? false,
      changeFeeCents: rules?.changeFeeCents ?? null,
      conditions: rules?.text ?? "rules not available",
    };
  });
}

function rebook(pnr, change) {
  const itinerary = get(pnr);
  const index = Number(change.segment);
  const old = itinerary.segments[index];
  if (!old) throw new ItineraryError(404, `no segment ${change.segment}`);
  const rules = rulesFor(old);
  if (!rules?.changeable) throw new ItineraryError(422, "fare does not permit changes");
  if (Date.now() > Date.parse(rules.lastChangeAt)) {
    throw new ItineraryError(422, "too close to departure");
  }
  const replacement = makeSegment({ ...old, ...change });
  const newRules = rulesFor(replacement);
  const fareDifference = Math.max(0, replacement.fareCents - old.fareCents);
  itinerary.segments = itinerary.segments.map((s, n) => n === index ? replacement : s);
  const record = {
    at: new Date().toISOString(),
    replaced: old.id,
    by: replacement.id,
    changeFeeCents: rules.changeFeeCents,
    fareDifferenceCents: fareDifference,
    newConditions: newRules?.text ?? null,
  };
  itinerary.changes.push(record);
  return record;
}

function cancel(pnr) {
  const itinerary = get(pnr);
  let refund = 0;
  for (const seg of itinerary.segments) {
    const rules = rulesFor(seg);
    if (rules?.refundable) refund += Math.max(0, seg.fareCents - rules.cancelFeeCents);
  }
  itineraries.delete(pnr);
  return { pnr, refundCents: refund, cancelledAt: new Date().toISOString() };
}

module.exports = { ItineraryError, cancel, changeQuote, create, get, rebook };
