import { verify } from "./vaccinations.mjs";

function validate(body) {
  const problems = [];
  if (!body.ref) problems.push("ref");
  if (!body.pet?.name || !body.pet?.species) problems.push("pet.name and pet.species");
  if (!body.owner?.phone) problems.push("owner.phone");
  if (!Date.parse(body.arrival ?? "") || !Date.parse(body.departure ?? "")) {
    problems.push("arrival and departure");
  }
  return problems;
}

/** Books a stay: the request is held while the vaccinations are checked, then confirmed. */
export function bookStay(board, body) {
  const problems = validate(body);
  if (problems.length) {
    return Promise.reject(
      Object.assign(new Error(`missing ${problems.join(", ")}`), { status: 400 }),
    );
  }
  return board.withHold(body, async (hold) => {
    const checks = await verify(hold.pet, hold.arrival);
    return board.confirm(hold, checks);
  });
}
