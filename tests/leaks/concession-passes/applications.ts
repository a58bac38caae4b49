import { type Actor, system } from "./vendor/mini-actors/mod.ts";
import { type ApplicationContext, type ApplicationInput, passApplication } from "./workflow.ts";

type AppActor = Actor<ApplicationContext, ApplicationInput>;

interface Outcome {
  ref: string;
  outcome: string;
  passNumber?: string;
  reason?: string;
  at: string;
}

/** Applications in progress, and the outcomes of the last ones finished. */
export class ApplicationDesk {
  #open = new Map<string, AppActor>();
  #finished: Outcome[] = [];
  #counts = { started: 0, issued: 0, rejected: 0 };

  start(input: ApplicationInput): AppActor {
    const actor = system.spawn(passApplication, { id: `pass-${input.ref}`, input });
    this.#open.set(input.ref, actor);
    this.#counts.started++;
    actor.subscribe({
      done: (output) => {
        this.#open.delete(input.ref);
        const outcome = { ...(output as Omit<Outcome, "at">), at: new Date().toISOString() };
        if (outcome.outcome === "issued") this.#counts.issued++;
        else this.#counts.rejected++;
        this.#finished.unshift(outcome);
        if (this.#finished.length > 30) this.#finished.pop();
      },
    });
    return actor.start();
  }

  get(ref: string): AppActor | undefined {
    return this.#open.get(ref);
  }

  finished(ref: string): Outcome | undefined {
    return this.#finished.find((o) => o.ref === ref);
  }

  stats() {
    return { open: this.#open.size, ...this.#counts, system: system.inspect() };
  }
}
