"use strict";

const { globToRegExp } = require("./glob.cjs");
const { readPipelines } = require("./repos.cjs");

/** Compiled path filters, so a push touching hundreds of files does not re-parse the globs. */
const matcherCache = new Map();

function matcherFor(patterns, ignore) {
  let matcher = matcherCache.get(patterns);
  if (!matcher) {
    const include = patterns.map(globToRegExp);
    const exclude = ignore.map(globToRegExp);
    matcher = (path) => include.some((re) => re.test(path)) && !exclude.some((re) => re.test(path));
    matcherCache.set(patterns, matcher);
  }
  return matcher;
}

const runs = [];
const MAX_RUNS = 50;
let seq = 0;

/** The pipelines of `repo` at `sha` that the changed files concern; queues a run for each. */
function planRuns(repo, sha, ref, changed) {
  const pipelines = readPipelines(repo, sha);
  if (!pipelines) return null;
  const planned = [];
  for (const p of pipelines) {
    const matches = matcherFor(p.paths, p.ignore ?? []);
    const hits = changed.filter(matches);
    if (hits.length === 0) continue;
    const run = {
      id: ++seq,
      repo,
      pipeline: p.name,
      sha,
      ref,
      reason: hits.slice(0, 3),
      steps: p.steps.length,
    };
    runs.unshift(run);
    planned.push(run);
  }
  if (runs.length > MAX_RUNS) runs.length = MAX_RUNS;
  return planned;
}

function recentRuns(repo, pipeline) {
  return runs.filter((r) => r.repo === repo && (!pipeline || r.pipeline === pipeline));
}

module.exports = { planRuns, recentRuns };
