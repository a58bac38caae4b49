import { LogHub } from "./hub.mjs";

export const hub = new LogHub();

/** Builds by id; finished builds are kept for the dashboard until there are more than 25. */
const builds = new Map();
const MAX_FINISHED = 25;
const finished = [];
const MAX_WAIT_MS = 250;

export class BuildError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function startBuild({ id, pipeline, commit, branch, trigger }) {
  if (!id || !pipeline) throw new BuildError(400, "id and pipeline are required");
  if (builds.has(id)) throw new BuildError(409, `build ${id} exists`);
  const build = {
    id,
    pipeline,
    commit,
    branch: branch ?? "main",
    trigger: trigger ?? "push",
    status: "running",
    startedAt: Date.now(),
    finishedAt: null,
    lines: [],
  };
  builds.set(id, build);
  return build;
}

export function getBuild(id) {
  const build = builds.get(id);
  if (!build) throw new BuildError(404, `no build ${id}`);
  return build;
}

export function appendLines(id, lines) {
  const build = getBuild(id);
  if (build.status !== "running") throw new BuildError(409, `build ${id} is ${build.status}`);
  for (const text of lines) {
    const line = { seq: build.lines.length, at: Date.now(), text: String(text) };
    build.lines.push(line);
    hub.publish(id, { kind: "line", seq: line.seq });
  }
  return build.lines.length;
}

export function finishBuild(id, status) {
  const build = getBuild(id);
  if (build.status !== "running") return build;
  build.status = status;
  build.finishedAt = Date.now();
  hub.publish(id, { kind: "status", status });
  finished.push(id);
  while (finished.length > MAX_FINISHED) builds.delete(finished.shift());
  return build;
}

/**
 * Lines from `cursor` on; when there are none yet and the build is still running, waits up to
 * `waitMs` for the runner to send some (the viewer polls again right away).
 */
export function readLog(id, cursor, waitMs) {
  const build = getBuild(id);
  const ready = build.lines.slice(cursor);
  if (ready.length > 0 || build.status !== "running" || waitMs <= 0) {
    return Promise.resolve({ status: build.status, lines: ready, next: build.lines.length });
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve({ status: build.status, lines: [], next: cursor });
    }, Math.min(waitMs, MAX_WAIT_MS));
    const unsubscribe = hub.subscribe(id, (event) => {
      if (event.kind !== "line" || event.seq < cursor) return;
      clearTimeout(timer);
      unsubscribe();
      const lines = build.lines.slice(cursor);
      resolve({ status: build.status, lines, next: build.lines.length });
    });
  });
}

export function summary() {
  let running = 0;
  for (const b of builds.values()) if (b.status === "running") running++;
  return { builds: builds.size, running, hub: hub.stats() };
}
