import { type Op, OpLog } from "./oplog.ts";

export class HttpError extends Error {
  constructor(public status: number, message: string) {
    super(message);
  }
}

export interface Step {
  text: string;
  done: boolean;
  notes: string[];
}

export interface Runbook {
  id: string;
  title: string;
  steps: Step[];
  log: OpLog<Step[]>;
}

const MAX_NOTES = 5;
const runbooks = new Map<string, Runbook>();

function create(id: string, title: string, steps: string[]): Runbook {
  const book: Runbook = {
    id,
    title,
    steps: steps.map((text) => ({ text, done: false, notes: [] })),
    log: null as unknown as OpLog<Step[]>,
  };
  book.log = new OpLog(() => structuredClone(book.steps));
  runbooks.set(id, book);
  return book;
}

create("db-failover", "Primary database failover", [
  "Announce the failover in #incidents and page the on-call DBA",
  "Freeze deploys: set the release train to HOLD",
  "Promote the replica and repoint the connection pooler",
  "Verify writes on the new primary with the canary job",
  "Rebuild the old primary as a replica",
]);
create("cdn-purge", "Emergency CDN purge", [
  "Confirm the bad asset hash with the frontend on-call",
  "Purge by surrogate key, not by URL",
  "Watch origin load for ten minutes",
]);

export function getRunbook(id: string): Runbook {
  const book = runbooks.get(id);
  if (!book) throw new HttpError(404, `no runbook ${id}`);
  return book;
}

function validate(book: Runbook, op: Op) {
  if (!Number.isInteger(op.step) || op.step < 0 || op.step >= book.steps.length) {
    throw new HttpError(422, `step ${op.step} is not in ${book.id}`);
  }
  if (op.op !== "set" && op.op !== "check" && op.op !== "note") {
    throw new HttpError(422, `unknown op ${(op as { op: string }).op}`);
  }
}

/** Applies a batch of ops from one editor; the batch is all or nothing. */
export function applyOps(id: string, ops: Op[], author: string, baseVersion?: number) {
  const book = getRunbook(id);
  if (!Array.isArray(ops) || ops.length === 0) throw new HttpError(400, "no ops");
  for (const op of ops) validate(book, op);
  for (const op of ops) {
    const step = book.steps[op.step];
    if (op.op === "set") step.text = op.text;
    else if (op.op === "check") step.done = op.done;
    else {
      step.notes.push(`${author}: ${op.text}`);
      if (step.notes.length > MAX_NOTES) step.notes.shift();
    }
  }
  const version = book.log.append(ops, author);
  const missed = baseVersion === undefined ? undefined : version - ops.length - baseVersion;
  return { id, version, missed };
}

export function summary(book: Runbook) {
  return {
    id: book.id,
    title: book.title,
    version: book.log.version,
    progress: `${book.steps.filter((s) => s.done).length}/${book.steps.length}`,
    steps: book.steps,
  };
}

export function allStats() {
  return [...runbooks.values()].map((b) => ({ id: b.id, ...b.log.stats() }));
}
