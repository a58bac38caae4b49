import { type Actor, type MachineConfig, system } from "./vendor/mini-actors/mod.ts";

interface JobInput {
  ref: string;
  itemId: string;
  operator: string;
  dpi: number;
}

interface JobContext extends JobInput {
  scans: string[];
  checks: string[];
  publishedAs?: string;
}

let published = 5000;

export const digitisation: MachineConfig<JobContext, JobInput> = {
  id: "digitisation",
  initial: "queued",
  context: (input) => ({ ...input, scans: [], checks: [] }),
  states: {
    queued: {
      on: {
        SCANNED: {
          target: "qa",
          assign: (ctx, e) => ({ scans: [...ctx.scans, ...(e.files as string[])] }),
        },
      },
    },
    qa: {
      on: {
        QA_OK: {
          target: "published",
          assign: (ctx, e) => ({
            checks: [...ctx.checks, String(e.note)],
            publishedAs: `https://collections.example/objects/${++published}`,
          }),
        },
        QA_RESCAN: {
          target: "queued",
          assign: (ctx, e) => ({ checks: [...ctx.checks, String(e.note)] }),
        },
      },
    },
    published: {
      type: "final",
      output: (ctx) => ({
        ref: ctx.ref,
        itemId: ctx.itemId,
        url: ctx.publishedAs,
        scans: ctx.scans.length,
      }),
    },
  },
};

const open = new Map<string, Actor<JobContext, JobInput>>();
const done: unknown[] = [];

export function startJob(input: JobInput) {
  const actor = system.spawn(digitisation, `job-${input.ref}`, input);
  open.set(input.ref, actor);
  actor.onDone((output) => {
    open.delete(input.ref);
    done.unshift(output);
    if (done.length > 30) done.pop();
  });
  return actor;
}

export function job(ref: string) {
  return open.get(ref);
}

export function jobStats() {
  return { open: open.size, running: system.size, recent: done.slice(0, 3) };
}
