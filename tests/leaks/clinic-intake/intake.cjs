const chrono = require("chrono-node");
const moment = require("moment-timezone");

const CLINICS = {
  "north-harbour": { name: "North Harbour Physio", tz: "Pacific/Auckland", opens: 8, closes: 18 },
  "leith-walk": { name: "Leith Walk Dental", tz: "Europe/London", opens: 9, closes: 17 },
  "ridgeway": { name: "Ridgeway Family Practice", tz: "America/Denver", opens: 7, closes: 16 },
};

// Patients type "next tuesday after 3" into the booking form; chrono reads it with a private
// copy of the casual parser, so our refiners do not change chrono.casual for anyone else.
const appointmentParser = chrono.casual.clone();

// "3" alone is a room number or a count, never a date.
const dropBareNumbers = {
  refine(_context, results) {
    return results.filter((r) => !/^\d{1,2}$/.test(r.text.trim()));
  },
};
appointmentParser.refiners.push(dropBareNumbers);

const recent = [];
const RECENT_MAX = 20;

function clinicById(id) {
  return CLINICS[id];
}

function parseRequestedSlot(intake) {
  const { clinic } = intake;
  const now = moment.tz(intake.receivedAt, clinic.tz);

  // "Tuesday" with no time means the clinic's opening hour, and times outside opening hours
  // move inside them.
  appointmentParser.refiners.push({
    refine: (_context, results) => {
      for (const result of results) {
        if (!result.start.isCertain("hour")) {
          result.start.imply("hour", intake.clinic.opens);
          result.start.imply("minute", 0);
          intake.assumedTime = true;
        }
        const hour = result.start.get("hour");
        if (hour < intake.clinic.opens) result.start.assign("hour", intake.clinic.opens);
        if (hour >= intake.clinic.closes) result.start.assign("hour", intake.clinic.closes - 1);
      }
      return results;
    },
  });

  const [first] = appointmentParser.parse(
    intake.text,
    { instant: now.toDate(), timezone: now.utcOffset() },
    { forwardDate: true },
  );
  if (!first) return undefined;
  const slot = moment.tz(first.start.date(), clinic.tz);
  return {
    matched: first.text,
    startsAt: slot.toISOString(),
    local: slot.format("dddd D MMMM YYYY, HH:mm"),
    timezone: clinic.tz,
    inDays: Math.max(0, slot.clone().startOf("day").diff(now.clone().startOf("day"), "days")),
  };
}

function takeIntake(clinicId, body) {
  const clinic = clinicById(clinicId);
  if (!clinic) return { status: 404, body: { error: "unknown clinic" } };
  if (typeof body.request !== "string" || body.request.length > 200) {
    return { status: 400, body: { error: "request must be a short text" } };
  }
  const intake = {
    patient: String(body.patient ?? "anonymous"),
    reason: String(body.reason ?? ""),
    text: body.request,
    clinic,
    receivedAt: Date.now(),
    assumedTime: false,
  };
  const slot = parseRequestedSlot(intake);
  if (!slot) return { status: 422, body: { error: "could not read a date from the request" } };
  recent.unshift({ clinic: clinicId, patient: intake.patient, local: slot.local });
  if (recent.length > RECENT_MAX) recent.length = RECENT_MAX;
  return { status: 200, body: { ...slot, assumedTime: intake.assumedTime } };
}

function hoursToday(clinicId) {
  const clinic = clinicById(clinicId);
  if (!clinic) return undefined;
  const local = moment.tz(clinic.tz);
  return {
    clinic: clinic.name,
    localTime: local.format("HH:mm z"),
    opens: local.clone().hour(clinic.opens).minute(0).format("HH:mm"),
    closes: local.clone().hour(clinic.closes).minute(0).format("HH:mm"),
    openNow: local.hour() >= clinic.opens && local.hour() < clinic.closes,
  };
}

module.exports = { takeIntake, hoursToday, recentIntakes: () => recent.slice() };
