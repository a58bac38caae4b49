"use strict";

const { RegistryError, changeKeeper, lookup } = require("./registry.cjs");

// A keeper transfer waits for the current keeper to confirm; unconfirmed ones lapse.
const TRANSFER_TTL_MS = 250;
const pendingTransfers = new Map();
const stats = { requested: 0, confirmed: 0, lapsed: 0 };

// Rehoming centres quote their own reference, which the current keeper's text message carries.
function requestTransfer(chip, { ref, keeper }) {
  const record = lookup(chip);
  if (!record) throw new RegistryError(404, `chip ${chip} not registered`);
  if (!ref) throw new RegistryError(400, "transfer needs a ref");
  if (!keeper?.name || !keeper?.phone) {
    throw new RegistryError(400, "new keeper needs name and phone");
  }
  if (pendingTransfers.has(ref)) throw new RegistryError(409, `transfer ${ref} already pending`);
  const id = ref;
  const transfer = { id, chip, from: record.keeper.name, to: keeper, requestedAt: Date.now() };
  transfer.timer = setTimeout(() => {
    pendingTransfers.delete(id);
    stats.lapsed++;
  }, TRANSFER_TTL_MS);
  pendingTransfers.set(id, transfer);
  stats.requested++;
  return { id, chip, expiresInMs: TRANSFER_TTL_MS };
}

function confirmTransfer(id) {
  const transfer = pendingTransfers.get(id);
  if (!transfer) throw new RegistryError(410, "transfer lapsed or unknown");
  clearTimeout(transfer.timer);
  pendingTransfers.delete(id);
  stats.confirmed++;
  const record = changeKeeper(transfer.chip, transfer.to, "transfer");
  return { chip: record.chip, keeper: record.keeper.name };
}

function transferStats() {
  return { ...stats, pending: pendingTransfers.size };
}

module.exports = { confirmTransfer, requestTransfer, transferStats };
