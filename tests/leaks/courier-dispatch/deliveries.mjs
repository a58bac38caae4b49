import { randomUUID } from "node:crypto";
import { dispatcher, requestCourier } from "./dispatcher.mjs";

const RECENT = 50;
const ASSIGN_TIMEOUT_MS = 5_000;

const inflight = new Set();
const recentAssignments = [];

function waitForAssignment(delivery) {
  let onAssigned;
  let timer;
  const assigned = new Promise((resolve, reject) => {
    onAssigned = (event) => {
      if (event.deliveryId === delivery.id) resolve(event);
    };
    timer = setTimeout(() => reject(new Error("no courier in time")), ASSIGN_TIMEOUT_MS);
    dispatcher.on("assigned", onAssigned);
  });
  inflight.add(assigned);
  return assigned.finally(() => {
    clearTimeout(timer);
    dispatcher.off("assigned", onAssigned);
    inflight.delete(assigned);
  });
}

export async function createDelivery({ zone, address, parcel }) {
  const delivery = { id: randomUUID(), zone, address, parcel, createdAt: Date.now() };
  const assignment = waitForAssignment(delivery);
  requestCourier(delivery);
  const { courier, etaMin } = await assignment;
  recentAssignments.push({ id: delivery.id, zone, courier, etaMin, at: Date.now() });
  if (recentAssignments.length > RECENT) {
    recentAssignments.splice(0, recentAssignments.length - RECENT);
  }
  return { ...delivery, courier, etaMin };
}

export function dispatchStatus() {
  return { inflight: inflight.size, recent: recentAssignments.slice(-10) };
}
