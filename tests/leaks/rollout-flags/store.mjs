/** The flag definitions, versioned; subscribers hear which flag changed. */

export class FlagError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export class FlagStore {
  #flags = new Map();
  #subscribers = new Set();
  version = 0;

  constructor(definitions) {
    for (const def of definitions) this.#flags.set(def.key, { ...def });
  }

  get(key) {
    return this.#flags.get(key);
  }

  all() {
    return [...this.#flags.values()];
  }

  update(key, patch, author) {
    const flag = this.#flags.get(key);
    if (!flag) throw new FlagError(404, `no flag ${key}`);
    if (patch.rollout !== undefined) {
      const rollout = Number(patch.rollout);
      if (!(rollout >= 0 && rollout <= 100)) throw new FlagError(400, "rollout is 0..100");
      flag.rollout = rollout;
    }
    if (patch.enabled !== undefined) flag.enabled = Boolean(patch.enabled);
    if (Array.isArray(patch.rules)) flag.rules = patch.rules;
    flag.updatedBy = author;
    this.version++;
    for (const fn of this.#subscribers) {
      try {
        fn(key, this.version);
      } catch (err) {
        console.error("flag subscriber failed", err);
      }
    }
    return flag;
  }

  subscribe(fn) {
    this.#subscribers.add(fn);
  }

  unsubscribe(fn) {
    this.#subscribers.delete(fn);
  }

  get subscriberCount() {
    return this.#subscribers.size;
  }
}
