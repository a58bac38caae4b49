"use strict";

/**
 * Pipeline definitions live in each repository at .ci/pipelines.json; the git host's contents
 * API is stubbed here with what the monorepo had at the last sync.
 */
const files = new Map([
  [
    "acme/platform",
    JSON.stringify({
      pipelines: [
        {
          name: "api",
          paths: ["services/api/**", "libs/auth/**", "go.mod", "go.sum"],
          ignore: ["**/*.md"],
          steps: ["go vet ./...", "go test ./services/api/..."],
        },
        {
          name: "web",
          paths: ["apps/web/**", "libs/ui/**", "package.json", "pnpm-lock.yaml"],
          ignore: ["apps/web/**/*.stories.tsx", "**/*.md"],
          steps: ["pnpm install --frozen-lockfile", "pnpm -F web test", "pnpm -F web build"],
        },
        {
          name: "billing-worker",
          paths: ["services/billing/**", "libs/money/**"],
          ignore: ["**/testdata/**"],
          steps: ["go test ./services/billing/..."],
        },
        {
          name: "infra",
          paths: ["deploy/**/*.tf", "deploy/**/*.yaml"],
          ignore: [],
          steps: ["terraform fmt -check", "terraform validate"],
        },
      ],
    }),
  ],
]);

function readPipelines(repo, _sha) {
  const text = files.get(repo);
  if (text === undefined) return null;
  return JSON.parse(text).pipelines;
}

function writePipelines(repo, pipelines) {
  files.set(repo, JSON.stringify({ pipelines }));
}

module.exports = { readPipelines, writePipelines };
