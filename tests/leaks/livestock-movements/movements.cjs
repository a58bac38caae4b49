"use strict";

const CPH = /^\d{2}\/\d{3}\/\d{4}$/;
const EARTAG = /^UK \d{6} \d{2,7}$/;
const SPECIES = new Set(["cattle", "bison", "buffalo"]);
const KEEP_RECENT = 100;

class ValidationError extends Error {
  constructor(message) {
    super(message);
    this.status = 422;
  }
}

const recent = [];
const byId = new Map();

function remember(movement) {
  recent.push(movement);
  byId.set(movement.id, movement);
  if (recent.length > KEEP_RECENT) byId.delete(recent.shift().id);
}

function parseMovement(body, reportedBy) {
  const id = String(body.ref ?? "");
  if (!/^[\w-]{3,40}$/.test(id)) throw new ValidationError("ref is required");
  if (byId.has(id)) throw new ValidationError(`movement ${id} already reported`);
  if (!EARTAG.test(body.eartag ?? "")) throw new ValidationError("eartag is not a UK ear tag");
  if (!CPH.test(body.from ?? "") || !CPH.test(body.to ?? "")) {
    throw new ValidationError("from and to must be CPH numbers (12/345/6789)");
  }
  if (body.from === body.to) throw new ValidationError("from and to are the same holding");
  if (!SPECIES.has(body.species)) throw new ValidationError("unsupported species");
  const movedOn = new Date(body.movedOn);
  if (Number.isNaN(movedOn.getTime())) throw new ValidationError("movedOn is not a date");
  return {
    id,
    eartag: body.eartag,
    species: body.species,
    breed: String(body.breed ?? "").slice(0, 30),
    from: body.from,
    to: body.to,
    movedOn: movedOn.toISOString().slice(0, 10),
    haulier: body.haulier ? String(body.haulier).slice(0, 60) : null,
    reportedBy,
    reportedAt: new Date().toISOString(),
    status: "pending",
    registryRef: null,
    reason: null,
  };
}

module.exports = { ValidationError, byId, parseMovement, remember };
