/** Open roles and who interviews for them. */
export const roles = new Map(
  [
    {
      id: "BE-2025-14",
      title: "Senior Backend Engineer (Payments)",
      hiringManager: "m.dekker",
      interviewers: ["s.vanleeuwen", "a.kaya", "j.smit"],
      office: "Amsterdam, Keizersgracht 62, 3rd floor",
      interviewMinutes: 60,
    },
    {
      id: "DS-2025-03",
      title: "Data Scientist (Pricing)",
      hiringManager: "l.peeters",
      interviewers: ["r.bos", "n.haddou"],
      office: "Rotterdam, Wilhelminakade 91",
      interviewMinutes: 45,
    },
  ].map((role) => [role.id, role]),
);

/** Interviewers take turns by the hour of the slot, so the load spreads over the panel. */
export function interviewerFor(role, startsAt) {
  const hour = new Date(startsAt).getUTCHours();
  return role.interviewers[hour % role.interviewers.length];
}
