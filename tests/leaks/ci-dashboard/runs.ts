import { broadcast, endBuild } from "./live.ts";
import { stagesOf } from "./pipelines.ts";

export interface Run {
  id: string;
  repo: string;
  sha: string;
  state: "running" | "success" | "failure";
  log: string[];
  startedAt: number;
  endedAt?: number;
}

export class CiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const KEEP_RUNS = 30;
/** The newest runs, oldest first (Map insertion order). */
const runs = new Map<string, Run>();
/** The last finished run per repository, for the badges. */
const latestByRepo = new Map<string, Run>();

function append(run: Run, line: string) {
  const text = `${line}\n`;
  run.log.push(text);
  broadcast(run.id, text);
}

async function execute(run: Run) {
  for (const stage of stagesOf(run.repo)!) {
    append(run, `▶ ${stage.name}`);
    await new Promise((resolve) => setTimeout(resolve, stage.durationMs));
    for (const line of stage.output) append(run, `  ${line}`);
  }
  run.state = "success";
}

export function trigger(id: string, repo: string, sha: string): Run {
  if (!stagesOf(repo)) throw new CiError(422, `no pipeline for ${repo}`);
  if (runs.has(id)) throw new CiError(409, `run ${id} exists`);
  const run: Run = { id, repo, sha, state: "running", log: [], startedAt: Date.now() };
  runs.set(id, run);
  while (runs.size > KEEP_RUNS) runs.delete(runs.keys().next().value!);
  execute(run)
    .catch((err) => {
      run.state = "failure";
      append(run, `✖ ${err}`);
    })
    .finally(() => {
      run.endedAt = Date.now();
      latestByRepo.set(run.repo, run);
      endBuild(run.id, `■ ${run.state} after ${run.endedAt - run.startedAt} ms\n`);
    });
  return run;
}

export function findRun(id: string): Run {
  const run = runs.get(id);
  if (!run) throw new CiError(404, `no run ${id}`);
  return run;
}

export function latest(repo: string): Run | undefined {
  return latestByRepo.get(repo);
}
