"use strict";

/**
 * Recently seen postbacks, by key. remember() puts a key into the current generation, get()
 * looks in both, and every windowMs the previous generation is dropped and the current one
 * takes its place, so a key is remembered for between one and two windows.
 */
class DedupWindow {
  constructor({ windowMs }) {
    this.windowMs = windowMs;
    this.current = new Map();
    this.previous = new Map();
    this.rotations = 0;
    this.hits = 0;
    this.timer = setInterval(this.rotate, windowMs);
    this.timer.unref();
  }

  get(key) {
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (hit !== undefined) this.hits++;
    return hit;
  }

  remember(key, value) {
    this.current.set(key, value);
  }

  rotate() {
    this.previous = this.current;
    this.current = new Map();
    this.rotations++;
  }

  stats() {
    return {
      windowMs: this.windowMs,
      current: this.current.size,
      previous: this.previous.size,
      rotations: this.rotations,
      duplicates: this.hits,
    };
  }
}

module.exports = { DedupWindow };
