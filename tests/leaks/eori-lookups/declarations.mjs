import { isWellFormed, lookupEori, normaliseEori } from "./lookup.mjs";
import { RegistryError } from "./registry.mjs";

export class DeclarationError extends Error {
  constructor(status, message, details) {
    super(message);
    this.status = status;
    this.details = details;
  }
}

const declarations = new Map();
const MAX_KEPT = 40;
const counters = { lodged: 0, rejected: 0 };

async function checkParty(role, eori) {
  const number = normaliseEori(eori);
  if (!isWellFormed(number)) return { role, eori: number, problem: "malformed EORI number" };
  try {
    const trader = await lookupEori(number);
    return { role, eori: number, trader };
  } catch (err) {
    if (err instanceof RegistryError) {
      return { role, eori: number, problem: `not registered (${err.status})` };
    }
    throw err;
  }
}

export async function lodge(body) {
  if (!body.reference) throw new DeclarationError(400, "a reference is needed");
  if (declarations.has(body.reference)) {
    throw new DeclarationError(409, `${body.reference} already lodged`);
  }
  const parties = await Promise.all([
    checkParty("consignor", body.consignor),
    checkParty("consignee", body.consignee),
  ]);
  const problems = parties.filter((p) => p.problem);
  if (problems.length) {
    counters.rejected++;
    throw new DeclarationError(
      422,
      "declaration has parties the registry does not know",
      problems.map((p) => ({ role: p.role, eori: p.eori, problem: p.problem })),
    );
  }
  const declaration = {
    reference: body.reference,
    procedure: body.procedure ?? "4000",
    goods: (body.goods ?? []).map((g) => ({ code: g.code, value: Number(g.value) || 0 })),
    consignor: parties[0].trader.name,
    consignee: parties[1].trader.name,
    lodgedAt: new Date().toISOString(),
  };
  declarations.set(declaration.reference, declaration);
  if (declarations.size > MAX_KEPT) declarations.delete(declarations.keys().next().value);
  counters.lodged++;
  return declaration;
}

export function declarationStats() {
  return { ...counters, kept: declarations.size };
}
