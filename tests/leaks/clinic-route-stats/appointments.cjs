"use strict";
// The clinic's appointment book, in memory: ids look like "apt-000123".

const appointments = new Map();
let nextId = 1;

// The front desk app books with its own reference; walk-ins get one here.
function book({ ref, patient, clinician, slot, reason }) {
  const id = ref ? String(ref) : "apt-" + String(nextId++).padStart(6, "0");
  const appt = {
    id,
    patient,
    clinician,
    slot,
    reason: reason ?? "",
    status: "booked",
    history: [],
  };
  appointments.set(id, appt);
  if (appointments.size > 200) appointments.delete(appointments.keys().next().value);
  return appt;
}

function find(id) {
  return appointments.get(id);
}

function update(id, changes) {
  const appt = appointments.get(id);
  if (!appt) return undefined;
  const before = appt.status;
  if (changes.status) appt.status = String(changes.status);
  if (changes.slot) appt.slot = String(changes.slot);
  appt.history.push({ at: Date.now(), from: before, to: appt.status });
  if (appt.history.length > 10) appt.history.shift();
  return appt;
}

module.exports = { book, find, update };
