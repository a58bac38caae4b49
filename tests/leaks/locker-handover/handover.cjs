"use strict";

const { banks } = require("./lockers.cjs");
const { MediaStore } = require("./media.cjs");
const { notifyRecipient } = require("./notify.cjs");

class HandoverError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const media = new MediaStore("https://pod.lockernet.example");
/** Parcels waiting in a locker, by parcel id. */
const inLockers = new Map();
/** Filed proofs of delivery, newest first (the courier portal shows the last 50). */
const proofs = [];
const MAX_PROOFS = 50;
const counters = { handovers: 0, parcelsIn: 0, pickedUp: 0, refused: 0 };

function pickupCode(parcelId) {
  let h = 7;
  for (const ch of parcelId) h = (h * 31 + ch.charCodeAt(0)) % 1_000_000;
  return String(h).padStart(6, "0");
}

function placeParcels(bank, delivery) {
  const placed = [];
  for (const parcel of delivery.parcels) {
    if (inLockers.has(parcel.id)) {
      throw new HandoverError(409, `${parcel.id} is already in a locker`);
    }
    const door = bank.assign(parcel.size, parcel.id);
    if (door === null) {
      for (const p of placed) bank.free(p.door);
      throw new HandoverError(507, `no free ${parcel.size} door at ${bank.id}`);
    }
    placed.push({ parcel, door });
  }
  return placed;
}

/**
 * A courier's handover at a locker bank: every parcel gets a door, the recipient a text, and
 * the delivery a proof with a photo of each parcel in its door.
 */
function handOver(delivery) {
  const bank = banks.get(delivery.bank);
  if (!bank) throw new HandoverError(404, `no locker bank ${delivery.bank}`);
  if (!Array.isArray(delivery.parcels) || delivery.parcels.length === 0) {
    throw new HandoverError(400, "a handover needs parcels");
  }
  const placed = placeParcels(bank, delivery);
  counters.handovers++;

  const proof = {
    round: delivery.round,
    courier: delivery.courier,
    bank: bank.id,
    at: new Date().toISOString(),
    photos: [],
  };
  const staged = [];
  try {
    for (const { parcel, door } of placed) {
      const code = pickupCode(parcel.id);
      inLockers.set(parcel.id, { parcel, bank: bank.id, door, code, since: Date.now() });
      notifyRecipient(parcel, bank, door, code);
      counters.parcelsIn++;
    }
    placed.forEach(async ({ parcel, door }) => {
      const photo = await media.stage(parcel.photo, {
        parcel: parcel.id,
        courier: delivery.courier,
      });
      staged.push(photo);
      proof.photos.push({ parcel: parcel.id, door, sha256: photo.sha, url: photo.url });
    });
    proofs.unshift(proof);
    if (proofs.length > MAX_PROOFS) proofs.length = MAX_PROOFS;
  } finally {
    // the proof points at the resized copies; the originals go
    for (const photo of staged) media.discard(photo.id);
  }
  return { round: proof.round, bank: bank.id, doors: placed.map((p) => p.door) };
}

function pickUp(parcelId, code) {
  const held = inLockers.get(parcelId);
  if (!held) throw new HandoverError(404, `${parcelId} is not in a locker`);
  if (held.code !== code) {
    counters.refused++;
    throw new HandoverError(403, "wrong pickup code");
  }
  banks.get(held.bank).free(held.door);
  inLockers.delete(parcelId);
  counters.pickedUp++;
  return { parcel: parcelId, bank: held.bank, door: held.door };
}

function proofFor(round) {
  return proofs.find((p) => p.round === round) ?? null;
}

function stats() {
  return { ...counters, waiting: inLockers.size, media: media.stats() };
}

module.exports = { HandoverError, handOver, pickUp, pickupCode, proofFor, stats };
