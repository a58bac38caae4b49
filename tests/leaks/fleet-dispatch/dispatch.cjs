"use strict";
const { EventEmitter } = require("node:events");

/** The in-process message bus; keeps the last `historySize` messages for /fleet. */
class MessageBus extends EventEmitter {
  constructor(historySize = 100) {
    super();
    this.setMaxListeners(50);
    this.historySize = historySize;
    this.history = [];
  }

  publish(type, payload) {
    this.history.push({ type, id: payload.id, at: Date.now() });
    if (this.history.length > this.historySize) this.history.shift();
    setImmediate(() => this.emit(type, payload));
  }
}

/** One request's unit of work: an identity map of loaded jobs and the changes to commit. */
class UnitOfWork {
  constructor(store, bus) {
    this.store = store;
    this.bus = bus;
    this.identityMap = new Map();
    this.dirty = new Set();
    this.removed = new Set();
    this.events = [];
  }

  load(id) {
    if (this.identityMap.has(id)) return this.identityMap.get(id);
    const row = this.store.get(id);
    const job = row ? { ...row, stops: row.stops.map((s) => ({ ...s })) } : undefined;
    this.identityMap.set(id, job);
    return job;
  }

  add(job) {
    this.identityMap.set(job.id, job);
    this.dirty.add(job.id);
  }

  remove(job, event) {
    this.removed.add(job.id);
    if (event) this.events.push(event);
  }

  commit() {
    for (const id of this.dirty) {
      if (!this.removed.has(id)) this.store.set(id, this.identityMap.get(id));
    }
    for (const id of this.removed) this.store.delete(id);
    for (const event of this.events) this.bus.publish(event.type, event.payload);
    this.#reset();
  }

  #reset() {
    this.dirty.clear();
    this.removed.clear();
    this.events.length = 0;
  }

  dispose() {
    this.#reset();
    this.identityMap.clear();
  }
}

/** Read side: summaries of the most recently completed jobs, least recently used out first. */
class JobSummaryProjection {
  constructor(bus, capacity = 64) {
    this.bus = bus;
    this.capacity = capacity;
    this.summaries = new Map();
    this.completedByVehicle = Object.create(null);
    bus.on("JobCompleted", (job) => this.onJobCompleted(job));
  }

  onJobCompleted(job) {
    const summary = {
      id: job.id,
      vehicle: job.vehicle,
      stops: job.stops.length,
      durationMs: job.completedAt - job.createdAt,
      completedAt: new Date(job.completedAt).toISOString(),
    };
    this.summaries.delete(job.id);
    this.summaries.set(job.id, summary);
    while (this.summaries.size > this.capacity) {
      this.summaries.delete(this.summaries.keys().next().value);
    }
    this.completedByVehicle[job.vehicle] = (this.completedByVehicle[job.vehicle] ?? 0) + 1;
    this.bus.emit("JobSummaryProjected", summary);
  }

  get(id) {
    const summary = this.summaries.get(id);
    if (summary) {
      this.summaries.delete(id);
      this.summaries.set(id, summary);
    }
    return summary;
  }
}

const VEHICLES = new Set(["VAN-01", "VAN-02", "VAN-03", "VAN-04", "VAN-05", "VAN-06", "VAN-07"]);

class DispatchService {
  constructor(uow) {
    this.uow = uow;
  }

  create(input) {
    if (!input.id || !VEHICLES.has(input.vehicle)) {
      throw new Error("id and a known vehicle required");
    }
    if (this.uow.load(input.id)) throw new Error(`job ${input.id} exists`);
    const stops = (input.stops ?? []).map((s, n) => ({
      seq: n + 1,
      address: String(s),
      done: false,
    }));
    const job = { id: String(input.id), vehicle: input.vehicle, stops, createdAt: Date.now() };
    this.uow.add(job);
    this.uow.commit();
    return job;
  }

  complete(id) {
    const job = this.uow.load(id);
    if (!job) return undefined;
    for (const stop of job.stops) stop.done = true;
    job.completedAt = Date.now();
    this.uow.remove(job, { type: "JobCompleted", payload: job });
    this.uow.commit();
    return job;
  }
}

/** Resolves with the job's summary once the read side has it, or rejects after `ms`. */
function whenProjected(bus, id, ms) {
  return new Promise((resolve, reject) => {
    const onProjected = (summary) => {
      if (summary.id !== id) return;
      cleanup();
      resolve(summary);
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`projection of ${id} timed out`));
    }, ms);
    const cleanup = () => {
      clearTimeout(timer);
      bus.off("JobSummaryProjected", onProjected);
    };
    bus.on("JobSummaryProjected", onProjected);
  });
}

module.exports = { MessageBus, UnitOfWork, JobSummaryProjection, DispatchService, whenProjected };
