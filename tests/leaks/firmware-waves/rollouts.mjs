import { planWaves } from "./waves.mjs";

export class RolloutError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

const MAX_HISTORY = 20;
const FAILURE_BUDGET = 0.25;

export class Rollouts {
  #active = new Map();
  /** Per device and rollout: where the device is with the image, keyed "rolloutId/deviceId". */
  #progress = new Map();
  #history = [];

  start({ id, firmware, devices, waves = 3 }) {
    if (!id || !firmware || !Array.isArray(devices) || devices.length === 0) {
      throw new RolloutError(400, "a rollout needs an id, a firmware version and devices");
    }
    if (this.#active.has(id)) throw new RolloutError(409, `rollout ${id} is running`);
    const rollout = {
      id,
      firmware,
      waves: planWaves(devices, waves),
      wave: 0,
      installed: 0,
      failed: 0,
      startedAt: Date.now(),
    };
    this.#active.set(id, rollout);
    this.#dispatch(rollout);
    return this.summary(rollout);
  }

  #dispatch(rollout) {
    for (const device of rollout.waves[rollout.wave]) {
      this.#progress.set(`${rollout.id}/${device}`, {
        rollout: rollout.id,
        device,
        wave: rollout.wave,
        state: "queued",
        attempts: 0,
        events: [{ state: "queued", at: new Date().toISOString() }],
      });
    }
  }

  /** A device reports on its update: "downloading", "installed" or "failed". */
  report(deviceId, { rollout: rolloutId, state, detail }) {
    const rollout = this.#active.get(rolloutId);
    if (!rollout) throw new RolloutError(404, `no running rollout ${rolloutId}`);
    const progress = this.#progress.get(`${rolloutId}/${deviceId}`);
    if (!progress) throw new RolloutError(409, `${deviceId} is not in the current wave`);
    if (progress.state === "installed" || progress.state === "failed") {
      return { device: deviceId, state: progress.state };
    }
    progress.state = state;
    progress.attempts += state === "downloading" ? 1 : 0;
    progress.events.push({ state, at: new Date().toISOString(), detail: detail ?? null });
    if (state === "installed") rollout.installed++;
    if (state === "failed") rollout.failed++;
    this.#maybeAdvance(rollout);
    return { device: deviceId, state, wave: progress.wave };
  }

  #maybeAdvance(rollout) {
    const wave = rollout.waves[rollout.wave];
    const done = wave.every((d) => {
      const state = this.#progress.get(`${rollout.id}/${d}`).state;
      return state === "installed" || state === "failed";
    });
    if (!done) return;
    const total = rollout.waves.flat().length;
    if (rollout.failed / total > FAILURE_BUDGET) return this.#finish(rollout, "halted");
    if (rollout.wave === rollout.waves.length - 1) return this.#finish(rollout, "completed");
    rollout.wave++;
    this.#dispatch(rollout);
  }

  #finish(rollout, outcome) {
    this.#active.delete(rollout.id);
    // the history keeps the counts; per-device progress goes
    for (const device of rollout.waves[rollout.wave]) {
      this.#progress.delete(`${rollout.id}/${device}`);
    }
    this.#history.unshift({
      id: rollout.id,
      firmware: rollout.firmware,
      outcome,
      installed: rollout.installed,
      failed: rollout.failed,
      ms: Date.now() - rollout.startedAt,
    });
    if (this.#history.length > MAX_HISTORY) this.#history.length = MAX_HISTORY;
  }

  summary(rollout) {
    return {
      id: rollout.id,
      firmware: rollout.firmware,
      wave: rollout.wave + 1,
      waves: rollout.waves.length,
      installed: rollout.installed,
      failed: rollout.failed,
    };
  }

  status(id) {
    const rollout = this.#active.get(id);
    if (rollout) return { state: "running", ...this.summary(rollout) };
    const past = this.#history.find((h) => h.id === id);
    if (past) return { state: past.outcome, ...past };
    throw new RolloutError(404, `no rollout ${id}`);
  }

  stats() {
    return { active: this.#active.size, recent: this.#history.slice(0, 5) };
  }
}
