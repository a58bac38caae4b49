// Journey planning over the regional timetable. The planner replicas are simulated with the
// latency we see in production: long journeys are slow on the primary.

export interface Leg {
  mode: "train" | "tram" | "bus" | "walk";
  line?: string;
  from: string;
  to: string;
  departs: string;
  arrives: string;
}

export interface Journey {
  id: string;
  from: string;
  to: string;
  departs: string;
  arrives: string;
  transfers: number;
  legs: Leg[];
  fareCents: number;
}

export const STOPS: Record<string, { name: string; km: number }> = {
  "ams-cs": { name: "Amsterdam Centraal", km: 0 },
  "ams-zuid": { name: "Amsterdam Zuid", km: 7 },
  "utr-cs": { name: "Utrecht Centraal", km: 38 },
  "rtd-cs": { name: "Rotterdam Centraal", km: 74 },
  "hlm": { name: "Haarlem", km: 18 },
};

export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedError";
  }
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

function plan(from: string, to: string, departs: string, engine: string): Journey {
  const km = Math.abs(STOPS[to].km - STOPS[from].km) || 3;
  const rideMin = Math.round(km * 0.9) + 4;
  const legs: Leg[] = [
    { mode: "walk", from: "entrance", to: "platform 5b", departs, arrives: addMinutes(departs, 4) },
    {
      mode: km > 10 ? "train" : "tram",
      line: km > 10 ? "IC 3500" : "tram 5",
      from: STOPS[from].name,
      to: STOPS[to].name,
      departs: addMinutes(departs, 6),
      arrives: addMinutes(departs, 6 + rideMin),
    },
  ];
  return {
    id: `${from}-${to}-${Date.parse(departs).toString(36)}-${engine}`,
    from,
    to,
    departs,
    arrives: legs[legs.length - 1].arrives,
    transfers: legs.length - 2,
    legs,
    fareCents: Math.round(110 + km * 19.6),
  };
}

export const replicas = [
  {
    name: "planner-1",
    async run(from: string, to: string, departs: string) {
      const km = Math.abs(STOPS[to].km - STOPS[from].km);
      await delay(km > 30 ? 35 : 2);
      return plan(from, to, departs, "planner-1");
    },
  },
  {
    name: "planner-2",
    async run(from: string, to: string, departs: string) {
      await delay(2);
      return plan(from, to, departs, "planner-2");
    },
  },
];

/** Live departures from the operators' feeds; one operator's feed is timing out today. */
export async function departures(stop: string, operator: string, requestId: string) {
  await delay(1);
  if (operator === "arriva") {
    throw new FeedError(`arriva realtime feed timed out for ${stop} (request ${requestId})`);
  }
  return [
    { line: "IC 3500", to: "Utrecht Centraal", platform: "5b", in: 4 },
    { line: "SPR 4800", to: "Haarlem", platform: "2a", in: 11 },
  ];
}
