const CUSTOMERS = ["Van Dijk Logistics", "Noordzee Foods", "Brabant Tooling", "Kaasmakerij Hoorn"];
const KINDS = ["master services agreement", "data processing agreement", "price schedule"];

/** Contracts keyed by id; the real service reads them from the document store. */
const contracts = new Map();

for (let n = 0; n < 60; n++) {
  const id = `C-${1000 + n}`;
  contracts.set(id, {
    id,
    customer: CUSTOMERS[n % CUSTOMERS.length],
    kind: KINDS[n % KINDS.length],
    version: 1 + (n % 4),
    status: n % 9 === 0 ? "draft" : "active",
    confidential: n % 5 === 0,
    body: `${KINDS[n % KINDS.length].toUpperCase()}\n\nBetween ACME B.V. and ${
      CUSTOMERS[n % CUSTOMERS.length]
    }.\n\n1. Scope. ...\n2. Term. Twelve months from signature.\n3. Fees. As per schedule ${n}.\n`,
    signatures: [],
  });
}

export function findContract(id) {
  return contracts.get(id);
}

export function listContracts({ customer, status }) {
  const out = [];
  for (const contract of contracts.values()) {
    if (customer && contract.customer !== customer) continue;
    if (status && contract.status !== status) continue;
    out.push({ id: contract.id, customer: contract.customer, kind: contract.kind });
  }
  return out;
}

const MAX_SIGNATURES = 10;

export function sign(contract, { signer, role }) {
  if (contract.status !== "active") {
    throw new Error(`contract ${contract.id} is ${contract.status}`);
  }
  contract.signatures.push({ signer, role, at: new Date().toISOString() });
  // one signature per signer and role is all that matters; keep the latest few
  if (contract.signatures.length > MAX_SIGNATURES) contract.signatures.splice(0, 1);
  return contract.signatures.length;
}
