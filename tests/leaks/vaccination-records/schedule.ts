/** The routine adult schedule the practice calls patients in for (simplified). */
export interface Due {
  vaccine: string;
  season: string;
  reason: string;
}

export interface Dose {
  vaccine: string;
  season: string;
  product: string;
  batch: string;
  site?: string;
  givenBy?: string;
  givenAt?: string;
}

const SEASON = "2030/31";

export function ageOn(dob: string, on = new Date("2030-10-01T00:00:00Z")): number {
  const born = new Date(`${dob}T00:00:00Z`);
  let age = on.getUTCFullYear() - born.getUTCFullYear();
  if (on < new Date(Date.UTC(on.getUTCFullYear(), born.getUTCMonth(), born.getUTCDate()))) age--;
  return age;
}

export function dueFor(dob: string, doses: Dose[], flags: string[]): Due[] {
  const age = ageOn(dob);
  const had = (vaccine: string, season: string) =>
    doses.some((d) => d.vaccine === vaccine && d.season === season);
  const due: Due[] = [];
  if (age >= 65 && !had("flu", SEASON)) due.push({ vaccine: "flu", season: SEASON, reason: "65+" });
  if (age >= 75 && !had("covid", SEASON)) {
    due.push({ vaccine: "covid", season: SEASON, reason: "75+ autumn booster" });
  }
  if (age >= 70 && age < 80 && had("shingles", "dose 1") && !had("shingles", "dose 2")) {
    due.push({ vaccine: "shingles", season: "dose 2", reason: "second dose of Shingrix" });
  }
  if (flags.includes("housebound") && due.length) {
    due.forEach((d) => (d.reason += ", home visit"));
  }
  return due;
}

/** A dose replaces an earlier entry for the same vaccine and season (a corrected batch). */
export function withDose(doses: Dose[], dose: Dose): Dose[] {
  return [...doses.filter((d) => !(d.vaccine === dose.vaccine && d.season === dose.season)), dose];
}

export const VACCINES = ["flu", "covid", "pneumococcal", "shingles", "rsv"];
