import { createHash } from "node:crypto";
import { forget } from "./ratelimit.mjs";

export const PLANS = {
  sandbox: { name: "sandbox", limits: { burst: 20, perSecond: 5 } },
  growth: { name: "growth", limits: { burst: 200, perSecond: 50 } },
  enterprise: { name: "enterprise", limits: { burst: 2000, perSecond: 500 } },
};

const SCOPES = new Set(["stock:read", "orders:read", "orders:write", "webhooks:manage"]);

export class KeyError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Partner API keys by key id. Records are replaced, never edited in place. */
const keys = new Map();

export function createKey(partner, { keyId, label, scopes, plan }) {
  if (!keyId || keys.has(keyId)) throw new KeyError(409, `key ${keyId} exists`);
  const granted = (scopes ?? []).filter((s) => SCOPES.has(s));
  const record = Object.freeze({
    id: keyId,
    partner,
    label: String(label ?? keyId),
    scopes: Object.freeze(granted),
    plan: PLANS[plan] ?? PLANS.sandbox,
    fingerprint: createHash("sha256").update(`${partner}:${keyId}`).digest("hex"),
    createdAt: new Date().toISOString(),
    updatedAt: null,
    revokedAt: null,
  });
  keys.set(keyId, record);
  return record;
}

export function findKey(keyId) {
  const record = keys.get(keyId);
  return record && !record.revokedAt ? record : undefined;
}

export function updateKey(partner, keyId, changes) {
  const record = keys.get(keyId);
  if (!record || record.partner !== partner) throw new KeyError(404, "no such key");
  const next = Object.freeze({
    ...record,
    label: changes.label !== undefined ? String(changes.label) : record.label,
    scopes: changes.scopes
      ? Object.freeze(changes.scopes.filter((s) => SCOPES.has(s)))
      : record.scopes,
    plan: PLANS[changes.plan] ?? record.plan,
    updatedAt: new Date().toISOString(),
  });
  keys.set(keyId, next);
  return next;
}

export function revokeKey(partner, keyId) {
  const record = keys.get(keyId);
  if (!record || record.partner !== partner) throw new KeyError(404, "no such key");
  forget(record);
  keys.delete(keyId);
  return { id: keyId, revokedAt: new Date().toISOString() };
}

export function keyCount() {
  return keys.size;
}
