"use strict";

// Ten-pin scoring: frame totals from a player's rolls (strikes and spares score their bonus
// rolls), with the rolls checked as the scorer on the lane would.

function frames(rolls) {
  const out = [];
  let i = 0;
  for (let frame = 1; frame <= 10 && i < rolls.length; frame++) {
    if (rolls[i] === 10) {
      out.push({ frame, rolls: [10], kind: "strike", start: i });
      i += 1;
    } else {
      const pair = rolls.slice(i, i + 2);
      if (pair.length === 2 && pair[0] + pair[1] > 10) {
        throw new RangeError(`frame ${frame}: ${pair[0]} + ${pair[1]} pins`);
      }
      out.push({ frame, rolls: pair, kind: pair[0] + pair[1] === 10 ? "spare" : "open", start: i });
      i += 2;
    }
  }
  return out;
}

function score(rolls) {
  for (const r of rolls) {
    if (!Number.isInteger(r) || r < 0 || r > 10) throw new RangeError(`bad roll ${r}`);
  }
  let running = 0;
  return frames(rolls).map((f) => {
    const bonus = f.kind === "strike" ? 2 : f.kind === "spare" ? 1 : 0;
    const counted = rolls.slice(f.start, f.start + f.rolls.length + bonus);
    const complete = counted.length === f.rolls.length + bonus;
    running += counted.reduce((a, b) => a + b, 0);
    return { frame: f.frame, rolls: f.rolls, kind: f.kind, total: complete ? running : null };
  });
}

module.exports = { score };
