/** Pipeline definitions per repository (read from each repo's ci.yml in production). */

export interface Stage {
  name: string;
  durationMs: number;
  output: string[];
}

const DEFINITIONS: Record<string, Stage[]> = {
  "payments-api": [
    { name: "lint", durationMs: 5, output: ["golangci-lint run ./...", "0 issues."] },
    {
      name: "test",
      durationMs: 9,
      output: ["go test ./... -race", "ok  payments/ledger 1.92s", "ok  payments/psp 0.84s"],
    },
    {
      name: "image",
      durationMs: 7,
      output: ["docker build -t payments-api .", "pushed sha256:9c1e"],
    },
  ],
  "mobile-bff": [
    { name: "install", durationMs: 6, output: ["pnpm install --frozen-lockfile", "Done in 6.1s"] },
    { name: "test", durationMs: 8, output: ["jest --ci", "Tests: 402 passed, 402 total"] },
  ],
  "docs-site": [
    { name: "build", durationMs: 6, output: ["hugo --minify", "Pages | 318", "Total in 2104 ms"] },
  ],
};

export function stagesOf(repo: string): Stage[] | undefined {
  return DEFINITIONS[repo];
}

export const REPOSITORIES = Object.keys(DEFINITIONS);
