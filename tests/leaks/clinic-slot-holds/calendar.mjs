/** Bookable slots: 10-minute appointments, 09:00–17:00, for the next two weeks. */
export const CLINICIANS = {
  "dr-lee": { name: "Dr Hannah Lee", room: "Room 4", specialty: "general practice" },
  "dr-osei": { name: "Dr Kwame Osei", room: "Room 2", specialty: "general practice" },
  "np-fraser": { name: "Iona Fraser", room: "Room 6", specialty: "nurse practitioner" },
};

const FIRST_DAY = Date.UTC(2024, 10, 18);
const DAYS = 14;
const PER_DAY = 48;

function buildSlots(clinician) {
  const slots = [];
  for (let d = 0; d < DAYS; d++) {
    for (let n = 0; n < PER_DAY; n++) {
      const start = new Date(FIRST_DAY + d * 86_400_000 + (9 * 60 + n * 10) * 60_000);
      slots.push({
        id: `${clinician}-${start.toISOString().slice(0, 16)}`,
        clinician,
        start: start.toISOString(),
        // null, or the hold / appointment / offer that has it
        takenBy: null,
      });
    }
  }
  return slots;
}

export const slotsByClinician = new Map(
  Object.keys(CLINICIANS).map((c) => [c, buildSlots(c)]),
);

export function firstFree(clinician) {
  return slotsByClinician.get(clinician)?.find((s) => s.takenBy === null) ?? null;
}

export function freeSlots(clinician, date, limit) {
  const all = slotsByClinician.get(clinician) ?? [];
  return all.filter((s) => s.takenBy === null && (!date || s.start.startsWith(date)))
    .slice(0, limit)
    .map((s) => ({ id: s.id, start: s.start }));
}
