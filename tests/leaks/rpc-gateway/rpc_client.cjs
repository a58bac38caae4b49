"use strict";

const { backend } = require("./backend.cjs");

const DEFAULT_TIMEOUT_MS = 30;

class RpcTimeoutError extends Error {
  constructor(method, id, ms) {
    super(`${method} (#${id}) timed out after ${ms} ms`);
    this.method = method;
  }
}

let nextId = 1;
const pending = new Map();

backend.on("reply", (frame) => {
  const call = pending.get(frame.id);
  if (!call) return;
  clearTimeout(call.timer);
  pending.delete(frame.id);
  if (frame.error) call.reject(new Error(frame.error));
  else call.resolve(frame.result);
});

/** Sends a request frame to the backend and waits for the reply with the same id. */
function call(method, params, timeoutMs = DEFAULT_TIMEOUT_MS) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new RpcTimeoutError(method, id, timeoutMs)), timeoutMs);
    pending.set(id, { method, params, sentAt: Date.now(), resolve, reject, timer });
    backend.send({ id, method, params });
  });
}

module.exports = { call, RpcTimeoutError };
