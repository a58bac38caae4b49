"use strict";

class RegistryError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

// ISO 11784 chips: 15 digits, the first three a country or manufacturer code.
const CHIP = /^\d{15}$/;
const chips = new Map();
const HISTORY_KEPT = 5;

function seed() {
  const species = ["dog", "cat", "dog", "ferret", "dog", "cat", "rabbit", "dog"];
  species.forEach((kind, n) => {
    const chip = `98511200000${String(4100 + n)}`;
    chips.set(chip, {
      chip,
      species: kind,
      name: ["Biscuit", "Mochi", "Bramble", "Pip", "Rolo", "Luna", "Clover", "Scout"][n],
      keeper: { name: `Keeper ${n + 1}`, phone: `07700 900${100 + n}`, postcode: "LS6 2AB" },
      history: [],
      missing: false,
    });
  });
}
seed();

function lookup(chip) {
  if (!CHIP.test(chip)) throw new RegistryError(400, "chip numbers are 15 digits");
  return chips.get(chip) ?? null;
}

function changeKeeper(chip, keeper, reason) {
  const record = chips.get(chip);
  if (!record) throw new RegistryError(404, `chip ${chip} not registered`);
  record.history.push({ keeper: record.keeper, until: new Date().toISOString(), reason });
  if (record.history.length > HISTORY_KEPT) record.history.shift();
  record.keeper = { name: keeper.name, phone: keeper.phone, postcode: keeper.postcode ?? null };
  return record;
}

module.exports = { RegistryError, changeKeeper, lookup };
