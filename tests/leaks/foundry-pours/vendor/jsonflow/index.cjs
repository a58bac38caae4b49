"use strict";

// jsonflow: an incremental JSON parser in the manner of oboe.js. Feed it text as it arrives
// with write(); it builds the document as it goes and calls node(pattern) callbacks as soon
// as a matching value is complete, so a reader can act on the items of a document that has not
// ended yet (or never ends: a feed that is one open array).
//
// Like oboe, jsonflow keeps what it has parsed: the whole document is there at done(). A
// callback that returns jsonflow.drop takes the value it was given out of its parent.
//
// Patterns: dot-separated keys from the root; `*` matches any key or index, `!` is the root.
// "readings.*" is every element of the root's readings array.

const drop = Symbol("jsonflow.drop");

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER_CHARS = /[0-9eE.+-]/;
const LITERALS = { true: true, false: false, null: null };

class JsonFlowError extends Error {}

class JsonFlow {
  #stack = []; // open containers: { value, isArray, key, expectKey, path }
  #root = undefined;
  #hasRoot = false;
  #listeners = [];
  #doneListeners = [];
  #failListeners = [];
  #failed = false;
  // tokenizer
  #mode = "value"; // value | string | number | literal
  #token = "";
  #escaped = false;
  #position = 0;

  node(pattern, fn) {
    const segments = pattern === "!" ? [] : pattern.replace(/^!\.?/, "").split(".");
    this.#listeners.push({ segments, fn });
    return this;
  }

  done(fn) {
    this.#doneListeners.push(fn);
    return this;
  }

  fail(fn) {
    this.#failListeners.push(fn);
    return this;
  }

  /** The document as parsed so far. */
  root() {
    return this.#root;
  }

  write(text) {
    if (this.#failed) return this;
    try {
      for (const ch of text) {
        this.#position++;
        this.#char(ch);
      }
    } catch (err) {
      this.#failed = true;
      for (const fn of this.#failListeners) fn(err);
    }
    return this;
  }

  #char(ch) {
    if (this.#mode === "string") {
      if (this.#escaped) {
        this.#escaped = false;
        this.#token += ch;
      } else if (ch === "\\") {
        this.#escaped = true;
        this.#token += ch;
      } else if (ch === '"') {
        const text = JSON.parse(`"${this.#token}"`);
        this.#mode = "value";
        this.#token = "";
        this.#string(text);
      } else {
        this.#token += ch;
      }
      return;
    }
    if (this.#mode === "number") {
      if (NUMBER_CHARS.test(ch)) {
        this.#token += ch;
        return;
      }
      const value = Number(this.#token);
      if (Number.isNaN(value)) throw new JsonFlowError(`bad number ${this.#token}`);
      this.#mode = "value";
      this.#token = "";
      this.#value(value);
    } else if (this.#mode === "literal") {
      if (/[a-z]/.test(ch)) {
        this.#token += ch;
        return;
      }
      if (!(this.#token in LITERALS)) throw new JsonFlowError(`bad literal ${this.#token}`);
      const value = LITERALS[this.#token];
      this.#mode = "value";
      this.#token = "";
      this.#value(value);
    }
    if (WHITESPACE.has(ch)) return;
    switch (ch) {
      case "{":
        return this.#open({}, false);
      case "[":
        return this.#open([], true);
      case "}":
      case "]":
        return this.#close(ch === "]");
      case ":": {
        const top = this.#top();
        if (!top || top.isArray || top.key === null) throw this.#unexpected(ch);
        top.expectKey = false;
        return;
      }
      case ",": {
        const top = this.#top();
        if (!top) throw this.#unexpected(ch);
        if (!top.isArray) {
          top.expectKey = true;
          top.key = null;
        }
        return;
      }
      case '"':
        this.#mode = "string";
        return;
      default:
        if (ch === "-" || (ch >= "0" && ch <= "9")) {
          this.#mode = "number";
          this.#token = ch;
        } else if (ch >= "a" && ch <= "z") {
          this.#mode = "literal";
          this.#token = ch;
        } else {
          throw this.#unexpected(ch);
        }
    }
  }

  #unexpected(ch) {
    return new JsonFlowError(`unexpected ${JSON.stringify(ch)} at ${this.#position}`);
  }

  #top() {
    return this.#stack[this.#stack.length - 1];
  }

  #string(text) {
    const top = this.#top();
    if (top && !top.isArray && top.expectKey) {
      top.key = text;
      return;
    }
    this.#value(text);
  }

  /** Puts a new value into its parent (or makes it the root) and returns its path. */
  #attach(value) {
    const frame = this.#top();
    if (!frame) {
      if (this.#hasRoot) throw new JsonFlowError("more than one document");
      this.#root = value;
      this.#hasRoot = true;
      return [];
    }
    if (frame.isArray) {
      const index = frame.value.length;
      frame.value.push(value);
      return [...frame.path, index];
    }
    if (frame.key === null || frame.expectKey) throw new JsonFlowError("value without a key");
    frame.value[frame.key] = value;
    return [...frame.path, frame.key];
  }

  #detach(path) {
    const frame = this.#top();
    if (!frame) return;
    const key = path[path.length - 1];
    if (frame.isArray) frame.value.splice(key, 1);
    else delete frame.value[key];
  }

  #open(value, isArray) {
    const path = this.#attach(value);
    this.#stack.push({ value, isArray, key: null, expectKey: !isArray, path });
  }

  #close(isArray) {
    const frame = this.#stack.pop();
    if (!frame || frame.isArray !== isArray) throw this.#unexpected(isArray ? "]" : "}");
    this.#completed(frame.value, frame.path);
    if (this.#stack.length === 0) {
      for (const fn of this.#doneListeners) fn(this.#root);
    }
  }

  #value(value) {
    const path = this.#attach(value);
    this.#completed(value, path);
  }

  #completed(value, path) {
    for (const { segments, fn } of this.#listeners) {
      if (!matches(segments, path)) continue;
      if (fn(value, path) === drop) {
        this.#detach(path);
        return;
      }
    }
  }
}

function matches(segments, path) {
  if (segments.length !== path.length) return false;
  return segments.every((segment, i) => segment === "*" || segment === String(path[i]));
}

function jsonflow() {
  return new JsonFlow();
}

jsonflow.drop = drop;

module.exports = { drop, jsonflow };
