"use strict";

const CRITERIA = { innovation: 0.3, execution: 0.3, impact: 0.25, presentation: 0.15 };

class ScoreError extends Error {
  constructor(message, status = 400) {
    super(message);
    this.status = status;
  }
}

function validateMarks(marks) {
  const clean = {};
  for (const name of Object.keys(CRITERIA)) {
    const v = marks[name];
    if (typeof v !== "number" || v < 0 || v > 10) {
      throw new ScoreError(`${name} must be a number from 0 to 10`);
    }
    clean[name] = v;
  }
  return clean;
}

function weighted(marks) {
  const total = Object.entries(CRITERIA).reduce((sum, [name, w]) => sum + marks[name] * w, 0);
  return Math.round(total * 100) / 100;
}

function aggregate(scoreSheets) {
  const sheets = [...scoreSheets];
  if (sheets.length === 0) return { judges: 0, mean: null, spread: null };
  const totals = sheets.map((s) => weighted(s.marks));
  const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
  return {
    judges: sheets.length,
    mean: Math.round(mean * 100) / 100,
    spread: Math.round((Math.max(...totals) - Math.min(...totals)) * 100) / 100,
  };
}

module.exports = { CRITERIA, ScoreError, aggregate, validateMarks, weighted };
