"use strict";

/** The delivery lifecycle: event -> next state, per state. States without events are final. */
const TRANSITIONS = {
  created: { pick_up: "picked_up", cancel: "cancelled" },
  picked_up: { out_for_delivery: "out_for_delivery", cancel: "cancelled" },
  out_for_delivery: { deliver: "delivered", fail_attempt: "attempt_failed" },
  attempt_failed: { out_for_delivery: "out_for_delivery", return_to_sender: "returned" },
  delivered: {},
  cancelled: {},
  returned: {},
};

class TransitionError extends Error {}

class DeliveryMachine {
  constructor({ id, recipient, address, service }) {
    this.id = id;
    this.recipient = recipient;
    this.address = address;
    this.service = service;
    this.state = "created";
    this.attempts = 0;
    this.createdAt = Date.now();
    this.updatedAt = this.createdAt;
    this.history = [{ state: "created", at: new Date(this.createdAt).toISOString() }];
  }

  get final() {
    return Object.keys(TRANSITIONS[this.state]).length === 0;
  }

  allowed() {
    return Object.keys(TRANSITIONS[this.state]);
  }

  send(event, detail = {}) {
    const next = TRANSITIONS[this.state][event];
    if (!next) throw new TransitionError(`${this.id}: cannot ${event} when ${this.state}`);
    if (event === "out_for_delivery") this.attempts++;
    this.state = next;
    this.updatedAt = Date.now();
    this.history.push({ state: next, event, detail, at: new Date(this.updatedAt).toISOString() });
    return this;
  }

  view() {
    return {
      id: this.id,
      state: this.state,
      service: this.service,
      attempts: this.attempts,
      final: this.final,
      next: this.allowed(),
      history: this.history,
    };
  }
}

module.exports = { DeliveryMachine, TransitionError };
