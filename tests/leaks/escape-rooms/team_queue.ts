/** One thing at a time per team (finishing a game and editing the team must not interleave). */
export class TeamQueue {
  #tails = new Map<string, Promise<unknown>>();

  run<T>(team: string, task: () => Promise<T> | T): Promise<T> {
    const previous = this.#tails.get(team) ?? Promise.resolve();
    const run = previous.then(task);
    const tail = run.then(() => undefined, () => undefined);
    this.#tails.set(team, tail);
    return run.finally(() => {
      if (this.#tails.get(team) === tail) this.#tails.delete(team);
    });
  }
}
