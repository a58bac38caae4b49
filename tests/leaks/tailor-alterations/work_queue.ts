/** Anything the workshop queues: it knows its state and whether a bench can do it. */
export interface Queueable {
  state: "queued" | "claimed" | "done";
  fits(skills: ReadonlySet<string>): boolean;
}

/**
 * The workshop's queue of garments waiting for a bench, most urgent first. Benches pull work
 * when they are free; a bench only gets work it has the machines and skills for.
 */
export class WorkQueue<T extends Queueable> {
  #waiting: T[] = [];
  readonly #compare: (a: T, b: T) => number;

  constructor(compare: (a: T, b: T) => number) {
    this.#compare = compare;
  }

  enqueue(item: T): void {
    item.state = "queued";
    this.#waiting.push(item);
  }

  /**
   * Takes the most urgent item the bench can do off the queue. (The skills check came with the
   * leather bench; before that any bench could take the head of the queue.)
   */
  claimNext(skills: ReadonlySet<string>): T | undefined {
    const doable = this.#waiting.filter((item) => item.state === "queued" && item.fits(skills));
    const next = doable.sort(this.#compare).shift();
    if (next) next.state = "claimed";
    return next;
  }

  /** How many items wait, and how many of those the given bench could take. */
  depth(skills?: ReadonlySet<string>): { waiting: number; doable?: number } {
    const waiting = this.#waiting.filter((item) => item.state === "queued");
    return {
      waiting: waiting.length,
      doable: skills ? waiting.filter((item) => item.fits(skills)).length : undefined,
    };
  }
}
