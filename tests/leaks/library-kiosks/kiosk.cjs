"use strict";

const { LibraryError, catalogue } = require("./catalogue.cjs");
const { AccountWidget, HoldsWidget, LoansWidget } = require("./widgets.cjs");

/** Open kiosk sessions by session id (the kiosk app makes the id when a card is scanned). */
const sessions = new Map();
/** The last sessions, for the branch's footfall counter. */
const recent = [];

function signIn({ id, kiosk: kioskId, card }) {
  if (!/^K\d+$/.test(kioskId ?? "")) throw new LibraryError(404, `no kiosk ${kioskId}`);
  if (!card?.number) throw new LibraryError(400, "scan a library card");
  if (!id || sessions.has(id)) throw new LibraryError(409, "a new session needs a new id");
  const session = {
    id,
    kiosk: kioskId,
    patron: {
      id: card.number,
      name: String(card.name ?? "reader"),
      finesEur: Number(card.finesEur ?? 0),
      preferences: { language: card.language ?? "nl", receipt: card.receipt ?? "email" },
    },
    startedAt: new Date().toISOString(),
    widgets: [],
  };
  session.widgets = [
    new AccountWidget(session),
    new LoansWidget(session),
    new HoldsWidget(session),
  ];
  sessions.set(id, session);
  return session;
}

function sessionOf(id) {
  const s = sessions.get(id);
  if (!s) throw new LibraryError(404, `no session ${id}`);
  return s;
}

function screen(id) {
  const s = sessionOf(id);
  return { session: s.id, kiosk: s.kiosk, panels: s.widgets.map((w) => w.render()) };
}

function borrow(id, isbn) {
  const s = sessionOf(id);
  return catalogue.lend(isbn, s.patron.id);
}

function giveBack(id, isbn) {
  const s = sessionOf(id);
  const barcode = catalogue.loanOf(s.patron.id, isbn);
  if (!barcode) throw new LibraryError(404, `${s.patron.id} has no copy of ${isbn}`);
  return catalogue.giveBack(barcode);
}

function end(id) {
  const s = sessions.get(id);
  if (!s) return null;
  for (const w of s.widgets) w.unmount();
  sessions.delete(id);
  recent.unshift({ kiosk: s.kiosk, startedAt: s.startedAt, endedAt: new Date().toISOString() });
  if (recent.length > 30) recent.length = 30;
  return { session: id, ended: true };
}

function branch() {
  return { open: sessions.size, recent: recent.slice(0, 5), catalogue: catalogue.stats };
}

module.exports = { borrow, branch, end, giveBack, screen, signIn };
