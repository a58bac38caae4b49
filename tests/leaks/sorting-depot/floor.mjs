import { PrefixTrie } from "./trie.mjs";
import { vanFor, vans } from "./vans.mjs";

/** Parcels scanned in at the depot and not yet loaded onto a van. */
const parcels = new Map();
/** The same parcels by tracking number prefix, for manual entry at the sorting belt. */
export const floorIndex = new PrefixTrie();
const recentLoads = [];
const MAX_RECENT = 50;

export class FloorError extends Error {
  constructor(message, status = 422) {
    super(message);
    this.status = status;
  }
}

const TRACKING = /^[A-Z0-9][A-Z0-9-]{7,34}$/;

export function scanInbound(body) {
  const tracking = String(body.tracking ?? "").toUpperCase();
  if (!TRACKING.test(tracking)) throw new FloorError("tracking number not readable");
  if (parcels.has(tracking)) throw new FloorError(`${tracking} is already on the floor`, 409);
  const recipient = body.recipient ?? {};
  if (!recipient.postcode || !recipient.street) throw new FloorError("recipient address missing");
  const van = vanFor(recipient.postcode);
  const parcel = {
    tracking,
    sender: body.sender ?? "unknown",
    recipient: {
      name: recipient.name ?? "",
      street: recipient.street,
      postcode: recipient.postcode,
      city: recipient.city ?? "",
    },
    weightKg: Number(body.weightKg) || 0,
    dims: Array.isArray(body.dims) ? body.dims.slice(0, 3) : [],
    service: body.service ?? "standard",
    van: van?.id ?? null,
    lane: van ? `lane-${van.id.slice(2)}` : "exceptions",
    scannedAt: new Date().toISOString(),
  };
  parcels.set(tracking, parcel);
  floorIndex.set(tracking, parcel);
  return parcel;
}

export function search(prefix, limit) {
  const clean = String(prefix ?? "").toUpperCase();
  if (clean.length < 4) throw new FloorError("type at least four characters");
  return floorIndex.withPrefix(clean, limit).map((p) => ({
    tracking: p.tracking,
    postcode: p.recipient.postcode,
    lane: p.lane,
  }));
}

export function loadOut(tracking, vanId) {
  const parcel = parcels.get(String(tracking).toUpperCase());
  if (!parcel) throw new FloorError("parcel is not on the floor", 404);
  const van = vans.get(vanId);
  if (!van) throw new FloorError(`no van ${vanId} today`, 404);
  if (parcel.van && parcel.van !== van.id) {
    throw new FloorError(`${parcel.tracking} belongs on ${parcel.van}`, 409);
  }
  van.loaded++;
  van.weightKg += parcel.weightKg;
  van.lastLoadedAt = new Date().toISOString();
  parcels.delete(parcel.tracking);
  floorIndex.delete(parcel.tracking);
  recentLoads.push({ tracking: parcel.tracking, van: van.id, at: van.lastLoadedAt });
  if (recentLoads.length > MAX_RECENT) recentLoads.shift();
  return { tracking: parcel.tracking, van: van.id, loaded: van.loaded };
}

export function floorStatus() {
  return { onFloor: parcels.size, indexed: floorIndex.size, recent: recentLoads.slice(-10) };
}
