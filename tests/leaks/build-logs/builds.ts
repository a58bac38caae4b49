import { finishFollowers, publishLine } from "./log_hub.ts";

export type BuildStatus = "queued" | "running" | "passed" | "failed";

export interface Build {
  id: string;
  repo: string;
  branch: string;
  commit: string;
  status: BuildStatus;
  lines: string[];
  startedAt: number;
  finishedAt?: number;
}

export class BuildError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The pipeline every repository runs: step name and the log it prints. */
const PIPELINE: { step: string; output: (b: Build) => string[] }[] = [
  {
    step: "checkout",
    output: (b) => [
      `Fetching ${b.repo}@${b.commit}`,
      `HEAD is now at ${b.commit.slice(0, 7)} (${b.branch})`,
    ],
  },
  {
    step: "install",
    output: () => ["npm ci --no-audit", "added 812 packages in 9.4s", "found 0 vulnerabilities"],
  },
  {
    step: "test",
    output: (b) => [
      "vitest run --reporter=dot",
      `${b.repo}: 214 tests passed (38 files)`,
      "Coverage: statements 84.1% | branches 76.9%",
    ],
  },
  {
    step: "build",
    output: () => ["vite build", "dist/assets/index-3f9a2c.js  182.44 kB │ gzip: 58.10 kB"],
  },
];

const STEP_MS = 8;
/** Finished builds kept for the dashboard; older ones are in the database. */
const RECENT_LIMIT = 25;
const recentBuilds = new Map<string, Build>();

function remember(build: Build) {
  recentBuilds.set(build.id, build);
  if (recentBuilds.size > RECENT_LIMIT) {
    const oldest = recentBuilds.keys().next().value!;
    recentBuilds.delete(oldest);
  }
}

function log(build: Build, line: string) {
  const stamped = `[${new Date().toISOString().slice(11, 23)}] ${line}\n`;
  build.lines.push(stamped);
  publishLine(build.id, stamped);
}

async function run(build: Build) {
  build.status = "running";
  for (const { step, output } of PIPELINE) {
    await new Promise((resolve) => setTimeout(resolve, STEP_MS));
    log(build, `── ${step}`);
    for (const line of output(build)) log(build, line);
  }
  build.status = "passed";
  build.finishedAt = Date.now();
  finishFollowers(
    build.id,
    `── build ${build.status} in ${build.finishedAt - build.startedAt} ms\n`,
  );
}

export function startBuild(id: string, repo: string, branch: string, commit: string): Build {
  if (recentBuilds.has(id)) throw new BuildError(409, `build ${id} exists`);
  const build: Build = {
    id,
    repo,
    branch,
    commit,
    status: "queued",
    lines: [],
    startedAt: Date.now(),
  };
  remember(build);
  run(build).catch((err) => {
    build.status = "failed";
    build.finishedAt = Date.now();
    finishFollowers(build.id, `── build failed: ${err}\n`);
  });
  return build;
}

export function getBuild(id: string): Build {
  const build = recentBuilds.get(id);
  if (!build) throw new BuildError(404, `no build ${id}`);
  return build;
}

export function isFinished(build: Build): boolean {
  return build.status === "passed" || build.status === "failed";
}
