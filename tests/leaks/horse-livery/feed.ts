import type { Horse } from "./yard.ts";

export interface FeedChart {
  horse: string;
  hayKg: number;
  hardFeedKg: number;
  feeds: { time: string; items: string[] }[];
  supplements: string[];
  computedFor: string;
}

const MAX_CHARTS = 16;
const charts = new Map<string, FeedChart>();

const FORAGE_PCT = { rest: 0.02, light: 0.02, medium: 0.0175, hard: 0.015 };
const HARD_FEED_PCT = { rest: 0, light: 0.0025, medium: 0.005, hard: 0.0075 };

function compute(horse: Horse): FeedChart {
  const hayKg = Math.round(horse.weightKg * FORAGE_PCT[horse.workload] * 10) / 10;
  const hardFeedKg = Math.round(horse.weightKg * HARD_FEED_PCT[horse.workload] * 10) / 10;
  const turnout = horse.livery === "grass" ? ["grazing"] : ["haynet"];
  return {
    horse: horse.id,
    hayKg,
    hardFeedKg,
    feeds: [
      { time: "07:00", items: hardFeedKg ? ["chaff", `${hardFeedKg / 2} kg mix`] : ["chaff"] },
      { time: "12:00", items: turnout },
      { time: "17:30", items: hardFeedKg ? ["chaff", `${hardFeedKg / 2} kg mix`] : ["chaff"] },
      { time: "21:00", items: [`${hayKg} kg hay`] },
    ],
    supplements: horse.workload === "hard" ? ["electrolytes", "vitamin E"] : ["salt lick"],
    computedFor: `${horse.weightKg}/${horse.workload}/${horse.livery}`,
  };
}

/** Feed charts go up on the stable doors; they only change with weight, work or livery. */
export function chartFor(horse: Horse): FeedChart {
  const key = `${horse.id}:${horse.weightKg}/${horse.workload}/${horse.livery}`;
  let chart = charts.get(key);
  if (chart) {
    charts.delete(key);
  } else {
    chart = compute(horse);
  }
  charts.set(key, chart);
  if (charts.size > MAX_CHARTS) charts.delete(charts.keys().next().value!);
  return chart;
}
