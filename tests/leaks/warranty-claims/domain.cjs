"use strict";
// Domain layer: the Claim aggregate, its events, and the static DomainEvents dispatcher that
// aggregates raise into and handlers register with (Udi Dahan's "domain events" pattern).

class DomainEvents {
  static #handlers = new Map();

  static register(eventName, handler) {
    let list = DomainEvents.#handlers.get(eventName);
    if (!list) {
      list = [];
      DomainEvents.#handlers.set(eventName, list);
    }
    list.push(handler);
  }

  static async raise(event) {
    const list = DomainEvents.#handlers.get(event.name) ?? [];
    for (const handler of [...list]) await handler(event);
  }

  static handlerCount(eventName) {
    return DomainEvents.#handlers.get(eventName)?.length ?? 0;
  }
}

class AggregateRoot {
  #events = [];

  record(event) {
    this.#events.push(event);
  }

  pullEvents() {
    const events = this.#events;
    this.#events = [];
    return events;
  }
}

class Claim extends AggregateRoot {
  constructor({ id, serial, product, customer, fault, purchasedOn }) {
    super();
    this.id = id;
    this.serial = serial;
    this.product = product;
    this.customer = customer;
    this.fault = fault;
    this.purchasedOn = purchasedOn;
    this.status = "submitted";
    this.history = [{ status: "submitted", at: new Date().toISOString() }];
  }

  approve(assessor, remedy) {
    if (this.status !== "submitted") throw new Error(`claim ${this.id} is ${this.status}`);
    this.status = "approved";
    this.remedy = remedy;
    this.history.push({ status: "approved", by: assessor, at: new Date().toISOString() });
    this.record({ name: "ClaimApproved", claimId: this.id, remedy, assessor });
  }

  reject(assessor, reason) {
    if (this.status !== "submitted") throw new Error(`claim ${this.id} is ${this.status}`);
    this.status = "rejected";
    this.history.push({ status: "rejected", by: assessor, reason, at: new Date().toISOString() });
    this.record({ name: "ClaimRejected", claimId: this.id, reason });
  }
}

module.exports = { DomainEvents, AggregateRoot, Claim };
