"use strict";

// The shop's card terminals. The acquirer's gateway talks to them over a websocket; here the
// terminal side is simulated: a command is answered with display prompts and then a result,
// a few milliseconds apart, all published on the terminal event feed.

const { EventFeed } = require("./feed.cjs");

const terminalEvents = new EventFeed("terminal");

const TERMINALS = new Map(
  [
    {
      id: "T-AMS-01",
      location: "Till 1, Kalverstraat",
      model: "Verifone V400m",
      limitCents: 250_000,
    },
    {
      id: "T-AMS-02",
      location: "Till 2, Kalverstraat",
      model: "Verifone V400m",
      limitCents: 250_000,
    },
    { id: "T-AMS-03", location: "Pop-up, Noordermarkt", model: "SumUp Solo", limitCents: 50_000 },
  ].map((t) => [t.id, { ...t, status: "idle", lastSeen: Date.now(), transactions: 0 }]),
);

const BRANDS = ["visa", "mastercard", "maestro", "vpay"];

function findTerminal(id) {
  return TERMINALS.get(id);
}

function allTerminals() {
  return [...TERMINALS.values()];
}

function later(ms, fn) {
  setTimeout(fn, ms);
}

/** Sends a command; the terminal answers on the feed, tagged with the command's correlationId. */
function send(terminal, command) {
  const base = { terminalId: terminal.id, correlationId: command.correlationId };
  terminal.status = "busy";
  terminal.lastSeen = Date.now();
  const contactless = command.amountCents <= 5000;
  later(
    1,
    () =>
      terminalEvents.publish({
        ...base,
        type: "display",
        text: contactless ? "PRESENT CARD" : "INSERT CARD",
        at: Date.now(),
      }),
  );
  if (!contactless) {
    later(
      3,
      () => terminalEvents.publish({ ...base, type: "display", text: "ENTER PIN", at: Date.now() }),
    );
  }
  later(5, () => {
    const approved = command.amountCents <= terminal.limitCents && command.kind !== "void";
    terminal.status = "idle";
    terminal.transactions++;
    terminalEvents.publish({
      ...base,
      type: "transaction.result",
      kind: command.kind,
      outcome: approved ? "approved" : "declined",
      amountCents: command.amountCents,
      currency: command.currency,
      authCode: approved ? String(Math.floor(100000 + Math.random() * 900000)) : null,
      brand: BRANDS[terminal.transactions % BRANDS.length],
      panLast4: String(1000 + ((terminal.transactions * 7919) % 9000)),
      entryMode: contactless ? "contactless" : "chip+pin",
      at: Date.now(),
    });
  });
}

module.exports = { terminalEvents, findTerminal, allTerminals, send };
