// Boarding needs a dog's core vaccinations and kennel cough to be in date on the day it arrives,
// and a cat's core vaccinations. The records come from the practice system (a few ms away).

export class VaccinationLapsed extends Error {
  constructor(pet, lapsed) {
    super(`${pet.name}: ${lapsed.join(", ")} not in date for the stay`);
    this.name = "VaccinationLapsed";
    this.status = 422;
    this.lapsed = lapsed;
  }
}

const REQUIRED = {
  dog: { dhp: 36, lepto: 12, "kennel-cough": 12 },
  cat: { "feline-core": 36 },
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function monthsBetween(from, to) {
  const a = new Date(from);
  const b = new Date(to);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
}

/** Resolves when every required vaccination is valid on the arrival date. */
export async function verify(pet, arrival) {
  await sleep(1); // the practice system's record look-up
  const required = REQUIRED[pet.species];
  if (!required) throw Object.assign(new Error(`we do not board ${pet.species}s`), { status: 422 });
  const given = pet.vaccinations ?? {};
  const lapsed = Object.entries(required)
    .filter(([name, months]) => !given[name] || monthsBetween(given[name], arrival) >= months)
    .map(([name]) => name);
  if (lapsed.length) throw new VaccinationLapsed(pet, lapsed);
  return { checkedAt: new Date().toISOString(), valid: Object.keys(required) };
}
