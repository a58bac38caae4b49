import { createHash, timingSafeEqual } from "node:crypto";

/** Student finance staff who may sign in to the bursary office. */
const digest = (password) => createHash("sha256").update(`bursary:${password}`).digest();

const staff = new Map([
  ["h.adeyemi", { name: "Hannah Adeyemi", role: "assessor", hash: digest("marmalade-Ox4rd") }],
  ["p.lindqvist", { name: "Per Lindqvist", role: "manager", hash: digest("fjord&Spruce77") }],
]);

export function checkPassword(username, password) {
  const person = staff.get(username);
  const given = digest(String(password));
  if (!person) return null;
  return timingSafeEqual(given, person.hash) ? { username, ...person } : null;
}
