"use strict";

const { COURSES, checkPunches, formatTime } = require("./courses.cjs");

const LATEST_RESULTS = 20;

class TrainingEvent {
  constructor(id, name, venue) {
    this.id = id;
    this.name = name;
    this.venue = venue;
    this.entries = new Map();
    this.onCourse = [];
    this.latest = [];
    this.best = {};
  }

  enter({ bib, name, club, course, card }) {
    if (!COURSES[course]) throw new Error(`no course ${course}`);
    if (this.entries.has(Number(bib))) throw new Error(`bib ${bib} already entered`);
    const entry = { bib: Number(bib), name, club, course, card: Number(card) };
    this.entries.set(entry.bib, entry);
    return entry;
  }

  entryByCard(card) {
    for (const entry of this.entries.values()) {
      if (entry.card === card) return entry;
    }
    return undefined;
  }

  start(bib, at) {
    const entry = this.entries.get(Number(bib));
    if (!entry) return undefined;
    const runner = {
      bib,
      card: entry.card,
      name: entry.name,
      club: entry.club,
      course: entry.course,
      startedAt: at,
      splits: [],
    };
    this.onCourse.push(runner);
    return runner;
  }

  punch(card, control, at) {
    const runner = this.onCourse.find((r) => r.card === card && !r.finishedAt);
    if (!runner) return false;
    runner.splits.push({ control, at, leg: at - (runner.splits.at(-1)?.at ?? runner.startedAt) });
    return true;
  }

  finish(card, at) {
    const runner = this.onCourse.find((r) => r.card === card && !r.finishedAt);
    const entry = this.entryByCard(card);
    if (!runner || !entry) return undefined;
    runner.finishedAt = at;
    const check = checkPunches(runner.course, runner.splits);
    const result = {
      bib: entry.bib,
      name: entry.name,
      club: entry.club,
      course: entry.course,
      time: formatTime(at - runner.startedAt),
      status: check.ok ? "OK" : check.reason,
    };
    this.latest.unshift(result);
    if (this.latest.length > LATEST_RESULTS) this.latest.pop();
    const prev = this.best[entry.course];
    if (check.ok && (!prev || at - runner.startedAt < prev.ms)) {
      this.best[entry.course] = { name: entry.name, ms: at - runner.startedAt, time: result.time };
    }
    this.markReturned(entry);
    this.entries.delete(entry.bib);
    return result;
  }

  markReturned(entry) {
    const i = this.onCourse.findIndex((r) => r.bib === entry.bib);
    if (i !== -1) this.onCourse.splice(i, 1);
  }

  stillOut() {
    return this.onCourse
      .filter((r) => !r.finishedAt)
      .map((r) => ({ bib: r.bib, name: r.name, course: r.course, startedAt: r.startedAt }));
  }
}

module.exports = { TrainingEvent };
