"use strict";

const { catalogue } = require("./catalogue.cjs");

/**
 * A panel on the self-service kiosk. The kiosk session creates its widgets when a patron
 * scans their card and unmounts them when the session ends; mount() is where a widget
 * loads its data and subscribes to what it shows.
 */
class LiveWidget {
  constructor(session, props = {}) {
    this.session = session;
    this.props = props;
    this.state = {};
    this.mountedAt = Date.now();
    this.mount();
  }

  mount() {}

  unmount() {}

  render() {
    return { widget: this.constructor.name, ...this.state };
  }
}

/** "On loan to you": updates while the patron borrows at the kiosk. */
class LoansWidget extends LiveWidget {
  // replaced in mount(); a no-op until then so unmount() is always safe
  stopWatching = () => {};

  mount() {
    const patron = this.session.patron;
    this.state.loans = catalogue.loansFor(patron.id);
    this.stopWatching = catalogue.subscribe("loans", (change) => {
      if (change.patron !== patron.id) return;
      this.state.loans = catalogue.loansFor(patron.id);
      this.state.lastChange = change;
    });
  }

  unmount() {
    this.stopWatching();
  }
}

/** Holds ready for pickup; a snapshot at sign-in is enough here. */
class HoldsWidget extends LiveWidget {
  mount() {
    this.state.holds = catalogue.holdsFor(this.session.patron.id);
  }
}

/** Greeting, fines and the patron's reading history blurb. */
class AccountWidget extends LiveWidget {
  mount() {
    const { patron } = this.session;
    this.state.greeting = `Welcome, ${patron.name}`;
    this.state.finesEur = patron.finesEur;
    this.state.preferences = patron.preferences;
  }
}

module.exports = { AccountWidget, HoldsWidget, LiveWidget, LoansWidget };
