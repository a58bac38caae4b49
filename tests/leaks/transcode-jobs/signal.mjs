/** A minimal signal: add() returns the function that removes the handler again. */
export class Signal {
  #handlers = [];

  add(handler) {
    const index = this.#handlers.push(handler) - 1;
    return () => {
      // Only take out what we put there, never someone else's handler.
      if (this.#handlers[index] === handler) this.#handlers.splice(index, 1);
    };
  }

  dispatch(event) {
    for (const handler of this.#handlers.slice()) handler(event);
  }

  get size() {
    return this.#handlers.length;
  }
}
