"use strict";

/**
 * hookable 2.1 — named async hooks for plugin systems.
 *
 *   const hooks = createHooks(["start", "end"]);
 *   hooks.start.tap("my-plugin", async (ctx) => { … });
 *   await hooks.start.call(ctx);
 *
 * Since 2.0 a tap that throws is reported through `onError` and does not stop the other taps.
 */

class Hook {
  #taps = [];

  constructor(name, onError) {
    this.name = name;
    this.onError = onError;
  }

  tap(plugin, fn) {
    if (typeof fn !== "function") throw new TypeError(`${this.name}: tap needs a function`);
    this.#taps.push({ plugin, fn: this.#isolated(plugin, fn) });
  }

  untap(fn) {
    this.#taps = this.#taps.filter((t) => t.fn !== fn);
  }

  async call(...args) {
    for (const t of this.#taps.slice()) await t.fn(...args);
  }

  get taps() {
    return this.#taps.map((t) => t.plugin);
  }

  #isolated(plugin, fn) {
    const hook = this.name;
    const onError = this.onError;
    return async function isolatedTap(...args) {
      try {
        return await fn(...args);
      } catch (err) {
        onError?.({ hook, plugin, err });
      }
    };
  }
}

function createHooks(names, { onError } = {}) {
  const hooks = {};
  for (const name of names) hooks[name] = new Hook(name, onError);
  return hooks;
}

module.exports = { Hook, createHooks };
