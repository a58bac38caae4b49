// Printed rack labels. Every label in circulation is registered so a scanned label resolves to
// what it was printed for; voiding a label (the set leaves the hotel) takes it out.
export class Label {
  static #printed = new Map();
  static #next = 1;

  constructor(rack, text) {
    this.code = `L${String(Label.#next++).padStart(7, "0")}`;
    this.rack = rack;
    this.text = text;
    this.printedAt = new Date().toISOString();
    Label.#printed.set(this.code, this);
  }

  void(reason) {
    this.voidedAt = new Date().toISOString();
    this.reason = reason;
    Label.#printed.delete(this.code);
  }

  static scan(code) {
    return Label.#printed.get(code);
  }

  static get inCirculation() {
    return Label.#printed.size;
  }
}

export class TyreSetLabel extends Label {
  constructor(rack, set) {
    super(rack, `${set.plate} ${set.season} ${set.size}`);
    this.plate = set.plate;
  }

  void(reason) {
    // The rack's shelf tag is reprinted blank by the next check-in.
    super.void(reason);
    this.plate = null;
  }
}

export class RimLabel extends Label {
  constructor(rack, set) {
    super(rack, `${set.plate} rims ${set.rims}`);
  }
}
