"use strict";

// Categories 16 (penalties) and 31 (voluntary changes) of the fares we sell, by fare basis,
// as the rules engine exports them.
const FARES = {
  KLOWEU: { changeFee: 7000, cancelFee: null, noShow: 10000, minStay: 0, validity: "12M" },
  MFLXEU: { changeFee: 0, cancelFee: 5000, noShow: 5000, minStay: 0, validity: "12M" },
  YFLEX: { changeFee: 0, cancelFee: 0, noShow: 0, minStay: 0, validity: "12M" },
  OSAVER: { changeFee: 9000, cancelFee: null, noShow: null, minStay: 2, validity: "3M" },
};

// The rules depend on the carrier's filing for the flight and the travel date, and building
// them is the slow part of every change quote, so they're kept per segment.
const fareRulesBySegment = new Map();

function buildRules(segment) {
  const fare = FARES[segment.fareBasis];
  if (!fare) return null;
  const departs = new Date(segment.departs);
  const rules = {
    fareBasis: segment.fareBasis,
    carrier: segment.carrier,
    changeable: fare.changeFee !== null,
    changeFeeCents: fare.changeFee,
    refundable: fare.cancelFee !== null,
    cancelFeeCents: fare.cancelFee,
    noShowFeeCents: fare.noShow,
    minStayDays: fare.minStay,
    lastChangeAt: new Date(departs.getTime() - 3 * 3600_000).toISOString(),
    text: `${segment.carrier} ${segment.fareBasis} ${segment.from}-${segment.to}: changes ${
      fare.changeFee === null ? "not permitted" : `permitted for EUR ${fare.changeFee / 100}`
    } until 3h before departure; ${
      fare.cancelFee === null ? "non-refundable" : `refundable less EUR ${fare.cancelFee / 100}`
    }; ticket valid ${fare.validity} from departure.`,
  };
  return rules;
}

function rulesFor(segment) {
  let rules = fareRulesBySegment.get(segment);
  if (rules === undefined) {
    rules = buildRules(segment);
    fareRulesBySegment.set(segment, rules);
  }
  return rules;
}

module.exports = { rulesFor };
