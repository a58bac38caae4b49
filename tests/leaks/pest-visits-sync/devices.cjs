"use strict";

// a tablet that has not acknowledged an update gets it again after this long
const REDELIVER_MS = 5 * 60_000;

/**
 * A technician's tablet. Job updates wait in `unacked` until the tablet confirms it has
 * stored them; vans spend the day in and out of signal, so an update may be pulled several
 * times before the ack gets through.
 */
class Device {
  constructor(id, technician) {
    this.id = id;
    this.technician = technician;
    this.unacked = [];
    this.nextSeq = 1;
    this.lastPullAt = 0;
    this.acks = 0;
  }
}

const devices = new Map([
  ["van-07", new Device("van-07", "Dan Okafor")],
  ["van-11", new Device("van-11", "Shona Reid")],
  ["van-14", new Device("van-14", "Marek Nowak")],
]);

function requireDevice(id) {
  const device = devices.get(id);
  if (!device) {
    const err = new Error(`unknown device ${id}`);
    err.status = 404;
    throw err;
  }
  return device;
}

/** What the tablet needs of a job to work offline. */
function jobForDevice(job) {
  return {
    id: job.id,
    rev: job.rev,
    customer: job.customer,
    site: { ...job.site },
    pest: job.pest,
    window: job.window,
    accessNotes: job.accessNotes,
    hazards: [...job.hazards],
  };
}

function queueUpdate(deviceId, job, kind) {
  const device = requireDevice(deviceId);
  device.unacked.push({
    seq: device.nextSeq++,
    jobId: job.id,
    rev: job.rev,
    kind,
    job: jobForDevice(job),
    queuedAt: Date.now(),
    deliveredAt: 0,
    deliveries: 0,
  });
}

/** Updates the tablet has not had yet, or had long enough ago that the ack was probably lost. */
function pull(deviceId) {
  const device = requireDevice(deviceId);
  const now = Date.now();
  device.lastPullAt = now;
  const due = device.unacked.filter((u) =>
    u.deliveries === 0 || now - u.deliveredAt > REDELIVER_MS
  );
  for (const u of due) {
    u.deliveries++;
    u.deliveredAt = now;
  }
  return due.map((u) => ({ seq: u.seq, kind: u.kind, job: u.job }));
}

function ack(deviceId, jobId, rev) {
  const device = requireDevice(deviceId);
  const at = device.unacked.findIndex((u) => u.jobId === jobId && u.rev === rev);
  if (at !== -1) device.unacked.splice(at, 1);
  device.acks++;
  return { device: deviceId, job: jobId, rev };
}

function deviceStats() {
  return [...devices.values()].map((d) => ({
    id: d.id,
    technician: d.technician,
    acks: d.acks,
    lastPullAt: d.lastPullAt,
  }));
}

module.exports = { ack, deviceStats, pull, queueUpdate, requireDevice };
