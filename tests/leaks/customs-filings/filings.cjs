"use strict";

const { retry } = require("./vendor/retry.cjs");
const { lodge } = require("./gateway.cjs");

class FilingError extends Error {
  constructor(status, message, detail) {
    super(message);
    this.status = status;
    this.detail = detail;
  }
}

/** Declarations waiting for another try at the gateway (the ops screen lists them). */
const retrying = new Map();
/** Lodged declarations by reference, the last 50. */
const lodged = new Map();
const MAX_LODGED = 50;
const counters = { submitted: 0, accepted: 0, rejected: 0, retries: 0 };

function validate(body) {
  if (!body.ref) throw new FilingError(400, "a declaration needs a reference");
  if (!body.declarant || !body.declarant.eori) throw new FilingError(400, "declarant EORI missing");
  if (!Array.isArray(body.items) || body.items.length === 0) {
    throw new FilingError(400, "a declaration needs goods items");
  }
  return {
    ref: String(body.ref),
    type: body.type ?? "IM A",
    declarant: { eori: String(body.declarant.eori), name: String(body.declarant.name ?? "") },
    consignee: body.consignee ?? null,
    items: body.items.map((it, n) => ({
      line: n + 1,
      description: String(it.description ?? ""),
      commodityCode: String(it.commodityCode ?? ""),
      origin: String(it.origin ?? ""),
      netKg: Number(it.netKg ?? 0),
      valueEur: Number(it.valueEur ?? 0),
    })),
  };
}

async function submit(body) {
  const declaration = validate(body);
  counters.submitted++;
  try {
    const receipt = await retry((attempt) => lodge(declaration, attempt), {
      delays: [40, 80, 160],
      onFailedAttempt(err, attempt) {
        counters.retries++;
        retrying.set(declaration.ref, {
          ref: declaration.ref,
          declarant: declaration.declarant,
          items: declaration.items,
          attempt,
          lastError: `${err.code ?? err.status}: ${err.message}`,
          since: retrying.get(declaration.ref)?.since ?? Date.now(),
        });
      },
      onSettled() {
        retrying.delete(declaration.ref);
      },
    });
    counters.accepted++;
    lodged.set(declaration.ref, {
      ...receipt,
      ref: declaration.ref,
      lines: declaration.items.length,
    });
    if (lodged.size > MAX_LODGED) lodged.delete(lodged.keys().next().value);
    return lodged.get(declaration.ref);
  } catch (err) {
    counters.rejected++;
    if (err.permanent) {
      throw new FilingError(422, "rejected by customs", { code: err.code, message: err.message });
    }
    throw new FilingError(502, "customs gateway unavailable", { message: err.message });
  }
}

function status(ref) {
  if (lodged.has(ref)) return { state: "lodged", ...lodged.get(ref) };
  const waiting = retrying.get(ref);
  if (waiting) return { state: "retrying", attempt: waiting.attempt, lastError: waiting.lastError };
  return null;
}

function stats() {
  return { ...counters, retrying: retrying.size, lodged: lodged.size };
}

module.exports = { FilingError, status, stats, submit };
