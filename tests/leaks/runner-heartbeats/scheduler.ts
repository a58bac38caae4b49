/**
 * The CI scheduler: runners register, claim queued jobs that match their labels and heartbeat
 * while they run them. The autoscaler deregisters a runner before it terminates the instance;
 * a busy runner finishes its job first (draining) and is retired when it reports completion.
 */

export interface Capabilities {
  docker?: string;
  node?: string;
  cpus: number;
  memoryMb: number;
}

export interface Runner {
  id: string;
  host: string;
  labels: string[];
  version: string;
  capabilities: Capabilities;
  registeredAt: number;
  lastBeat: number;
  state: "idle" | "busy" | "draining";
  job: Job | null;
  progress: number;
  step: string | null;
  completed: number;
  lastJob: { id: string; pipeline: string; result: string; durationMs: number } | null;
}

export interface Job {
  id: string;
  pipeline: string;
  name: string;
  stage: string;
  needs: string[];
  script: string[];
  queuedAt: number;
  startedAt: number | null;
  runner: string | null;
  leaseUntil: number;
}

export class SchedulerError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** A busy runner that has not heartbeated for this long has lost its job. */
const LEASE_MS = 30_000;
const HISTORY = 50;

export class Scheduler {
  #runners = new Map<string, Runner>();
  #queue: Job[] = [];
  #jobs = new Map<string, Job>();
  #history: { id: string; pipeline: string; result: string; runner: string; at: number }[] = [];
  #retired: { id: string; reason: string; completed: number; at: number }[] = [];
  #seq = 0;
  #sweep: ReturnType<typeof setInterval>;

  constructor() {
    this.#sweep = setInterval(() => this.requeueLapsed(), 200);
  }

  stop() {
    clearInterval(this.#sweep);
  }

  register(input: Partial<Runner> & { id?: string }): Runner {
    if (!input.id || !/^[\w.-]+$/.test(input.id)) throw new SchedulerError(400, "bad runner id");
    const existing = this.#runners.get(input.id);
    if (existing) return existing;
    const now = Date.now();
    const runner: Runner = {
      id: input.id,
      host: String(input.host ?? "unknown"),
      labels: Array.isArray(input.labels) ? input.labels.map(String) : [],
      version: String(input.version ?? "0.0.0"),
      capabilities: {
        docker: input.capabilities?.docker,
        node: input.capabilities?.node,
        cpus: Number(input.capabilities?.cpus ?? 1),
        memoryMb: Number(input.capabilities?.memoryMb ?? 1024),
      },
      registeredAt: now,
      lastBeat: now,
      state: "idle",
      job: null,
      progress: 0,
      step: null,
      completed: 0,
      lastJob: null,
    };
    this.#runners.set(runner.id, runner);
    return runner;
  }

  enqueue(pipeline: string, input: Partial<Job>): Job {
    const job: Job = {
      id: `J${++this.#seq}`,
      pipeline,
      name: String(input.name ?? "build"),
      stage: String(input.stage ?? "test"),
      needs: Array.isArray(input.needs) ? input.needs.map(String) : [],
      script: Array.isArray(input.script) ? input.script.map(String) : [],
      queuedAt: Date.now(),
      startedAt: null,
      runner: null,
      leaseUntil: 0,
    };
    this.#jobs.set(job.id, job);
    this.#queue.push(job);
    return job;
  }

  claim(runnerId: string): Job | null {
    const runner = this.#runner(runnerId);
    if (runner.state !== "idle") throw new SchedulerError(409, `runner is ${runner.state}`);
    const i = this.#queue.findIndex((job) => job.needs.every((l) => runner.labels.includes(l)));
    if (i < 0) return null;
    const [job] = this.#queue.splice(i, 1);
    const now = Date.now();
    job.runner = runner.id;
    job.startedAt = now;
    job.leaseUntil = now + LEASE_MS;
    runner.job = job;
    runner.state = "busy";
    runner.progress = 0;
    runner.lastBeat = now;
    return job;
  }

  heartbeat(runnerId: string, report: { running?: boolean; progress?: number; step?: string }) {
    const runner = this.#runner(runnerId);
    const now = Date.now();
    runner.lastBeat = now;
    // The runner knows best whether it is running something (a claim response can get lost).
    runner.state = report.running ? "busy" : "idle";
    runner.progress = Number(report.progress ?? runner.progress);
    runner.step = report.step ?? runner.step;
    if (runner.job) runner.job.leaseUntil = now + LEASE_MS;
    return { state: runner.state, leaseUntil: runner.job?.leaseUntil ?? null };
  }

  complete(runnerId: string, result: string, durationMs: number) {
    const runner = this.#runner(runnerId);
    const job = runner.job;
    if (!job) throw new SchedulerError(409, "runner has no job");
    this.#jobs.delete(job.id);
    this.#history.push({
      id: job.id,
      pipeline: job.pipeline,
      result,
      runner: runner.id,
      at: Date.now(),
    });
    if (this.#history.length > HISTORY) this.#history.shift();
    runner.job = null;
    runner.completed++;
    runner.lastJob = { id: job.id, pipeline: job.pipeline, result, durationMs };
    if (runner.state === "draining") this.#retire(runner, "scaled-down");
    else runner.state = "idle";
    return { job: job.id, result };
  }

  /** The autoscaler is about to terminate this runner's instance. */
  deregister(runnerId: string) {
    const runner = this.#runner(runnerId);
    if (runner.state === "busy") {
      runner.state = "draining";
      return { draining: true, job: runner.job?.id };
    }
    this.#retire(runner, "deregistered");
    return { draining: false };
  }

  requeueLapsed(now = Date.now()) {
    for (const runner of this.#runners.values()) {
      const job = runner.job;
      if (!job || job.leaseUntil > now) continue;
      job.runner = null;
      job.startedAt = null;
      this.#queue.unshift(job);
      runner.job = null;
      this.#retire(runner, "lost");
    }
  }

  queue() {
    return {
      queued: this.#queue.length,
      running: this.#jobs.size - this.#queue.length,
      runners: this.#runners.size,
      recent: this.#history.slice(-10),
      retired: this.#retired.slice(-5),
    };
  }

  #retire(runner: Runner, reason: string) {
    this.#runners.delete(runner.id);
    this.#retired.push({ id: runner.id, reason, completed: runner.completed, at: Date.now() });
    if (this.#retired.length > HISTORY) this.#retired.shift();
  }

  #runner(id: string): Runner {
    const runner = this.#runners.get(id);
    if (!runner) throw new SchedulerError(404, `no runner ${id}`);
    return runner;
  }
}
