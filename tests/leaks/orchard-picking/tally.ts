import type { Bin } from "./row.ts";

/** Piece-rate pay: per kg by grade. */
const RATE: Record<Bin["grade"], number> = { "class-1": 0.09, "class-2": 0.07, juice: 0.03 };

interface PickerDay {
  kg: number;
  bins: number;
  pay: number;
}

// picker -> today's totals (the crew is a few dozen people at most)
const today: Record<string, PickerDay> = Object.create(null);
const recentBins: Bin[] = [];

export function record(bin: Bin): void {
  const day = (today[bin.picker] ??= { kg: 0, bins: 0, pay: 0 });
  day.kg += bin.kg;
  day.bins++;
  day.pay = Math.round((day.pay + bin.kg * RATE[bin.grade]) * 100) / 100;
  recentBins.push(bin);
  if (recentBins.length > 50) recentBins.shift();
}

export function tally() {
  return { pickers: Object.keys(today).length, today, lastBins: recentBins.slice(-5) };
}
