"use strict";

const { EventEmitter } = require("node:events");
const LRU = require("lru-lite");
const { stops } = require("./stops.cjs");

const LANGUAGES = ["nl", "en", "de", "fr", "es", "zh"];

// Desk announcements ("the museum closes in 15 minutes") go to every guide that is out.
const tourBus = new EventEmitter();
tourBus.setMaxListeners(0);

/** Guides handed out, by device number. */
const out = new Map();
/** Returning visitors get their language preselected (the desk scans the museum card). */
const visitors = new LRU(64);

const playsByLanguage = Object.fromEntries(LANGUAGES.map((l) => [l, 0]));
const recentPlays = [];
const RECENT_PLAYS = 50;

class GuideDevice {
  constructor(device, visitor, language, tour) {
    this.device = device;
    this.visitor = visitor;
    this.language = language;
    this.tour = tour;
    this.checkedOutAt = Date.now();
    this.inbox = [];
    this.played = 0;
    this.onAnnouncement = this.onAnnouncement.bind(this);
    tourBus.on("announcement", this.onAnnouncement);
  }

  onAnnouncement(message) {
    this.inbox.push(message);
    if (this.inbox.length > 5) this.inbox.shift();
  }

  release() {
    tourBus.off("announcement", this.onAnnouncement);
    out.delete(this.device);
  }
}

function checkout(device, { visitor, language, tour }) {
  if (!visitor) throw Object.assign(new Error("visitor is required"), { status: 400 });
  const remembered = visitors.get(visitor);
  const lang = language ?? remembered?.language ?? "en";
  if (!LANGUAGES.includes(lang)) {
    throw Object.assign(new Error(`no tour in ${lang}`), { status: 400 });
  }
  out.get(device)?.release();
  const guide = new GuideDevice(device, visitor, lang, tour ?? "highlights");
  out.set(device, guide);
  visitors.set(visitor, { language: lang, lastVisit: new Date().toISOString() });
  return guide;
}

function find(device) {
  const guide = out.get(device);
  if (!guide) throw Object.assign(new Error(`guide ${device} is not out`), { status: 404 });
  return guide;
}

function play(device, stop) {
  const guide = find(device);
  const entry = stops.get(String(stop));
  if (!entry) throw Object.assign(new Error(`no stop ${stop}`), { status: 404 });
  guide.played++;
  playsByLanguage[guide.language]++;
  recentPlays.push({ device, stop: entry.stop, language: guide.language, at: Date.now() });
  if (recentPlays.length > RECENT_PLAYS) recentPlays.shift();
  return {
    stop: entry.stop,
    title: entry.title,
    audio: `/audio/${guide.language}/${entry.stop}.m4a`,
  };
}

function giveBack(device) {
  const guide = find(device);
  guide.release();
  return {
    device,
    minutes: Math.round((Date.now() - guide.checkedOutAt) / 60_000),
    played: guide.played,
  };
}

function announce(message) {
  tourBus.emit("announcement", { message: String(message).slice(0, 200), at: Date.now() });
  return { delivered: out.size };
}

function deskStatus() {
  return {
    out: out.size,
    playsByLanguage,
    recentPlays: recentPlays.slice(-5),
    knownVisitors: visitors.size,
  };
}

module.exports = { checkout, play, giveBack, announce, deskStatus };
