// A stand-in for the card processor: holds (authorisations) are placed when a backer pledges
// and captured when the campaign funds. The real client talks to the processor's REST API.
let nextHold = 1;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function placeHold({ backer, amountCents, currency }) {
  await sleep(1 + Math.floor(Math.random() * 3));
  if (amountCents > 500_000) {
    const err = new Error("amount above the single-hold limit");
    err.code = "hold_limit";
    throw err;
  }
  return {
    id: `hold_${(nextHold++).toString(36).padStart(6, "0")}`,
    backer,
    amountCents,
    currency,
    placedAt: new Date().toISOString(),
  };
}

export async function releaseHold(hold) {
  await sleep(1);
  return { id: hold.id, releasedAt: new Date().toISOString() };
}
