import { setTimeout as sleep } from "node:timers/promises";

export class BureauError extends Error {
  constructor(status, message, retryable) {
    super(message);
    this.status = status;
    this.retryable = retryable;
  }
}

/**
 * Client for the credit bureau's sandbox. The bureau assembles a file on the first request for
 * an applicant and answers 503 ("file being prepared") until it is ready; it keeps recently
 * assembled files warm.
 */
const WARM = 50;
const warm = new Map();

function scoreFor(applicant) {
  let h = 0;
  for (const ch of applicant.dateOfBirth + applicant.postcode) {
    h = (h * 33 + ch.charCodeAt(0)) >>> 0;
  }
  return 560 + (h % 340);
}

export async function creditFile(applicant) {
  await sleep(1);
  const key = `${applicant.surname}|${applicant.dateOfBirth}|${applicant.postcode}`;
  const file = warm.get(key);
  if (!file) {
    warm.set(key, { preparedAt: Date.now(), score: scoreFor(applicant) });
    if (warm.size > WARM) warm.delete(warm.keys().next().value);
    throw new BureauError(503, "credit file being prepared, retry shortly", true);
  }
  return {
    reference: `CRA-${Math.abs(file.score * 7919) % 1_000_000}`,
    score: file.score,
    accounts: [
      { type: "credit-card", limit: 4500, balance: 1210, status: "up-to-date" },
      { type: "mobile", limit: 0, balance: 38, status: "up-to-date" },
    ],
    defaults: 0,
    searchesLast12m: 2,
  };
}
