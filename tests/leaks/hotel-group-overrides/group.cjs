"use strict";

const { Emitter } = require("./vendor/evbus/index.cjs");

/** Settings set by the hotel group for all its properties; a property may override some. */
const groupEvents = new Emitter();

const groupDefaults = {
  checkInFrom: "15:00",
  checkOutBy: "11:00",
  currency: "GBP",
  cityTaxPerNight: 0,
  breakfast: { included: false, priceAdult: 16.5, priceChild: 8.25 },
  cancellation: { freeUntilHours: 48, penaltyNights: 1 },
  ratePlans: ["BAR", "ADV14", "MEMBER", "CORP"],
  amenities: ["wifi", "gym", "spa", "parking"],
  revision: 1,
};

function updateGroupDefaults(patch) {
  Object.assign(groupDefaults, patch, { revision: groupDefaults.revision + 1 });
  groupEvents.emit("defaults.changed", { revision: groupDefaults.revision });
  return groupDefaults;
}

module.exports = { groupDefaults, groupEvents, updateGroupDefaults };
