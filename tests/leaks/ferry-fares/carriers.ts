import axios from "axios";
import type { Context, Next } from "koa";

/** One HTTP client for both operators (keep-alive, shared defaults). */
export const carriers = axios.create({
  timeout: 3000,
  headers: { "user-agent": "ferry-fares/1.4", accept: "application/json" },
});

export function configureCarriers(baseURL: string) {
  carriers.defaults.baseURL = baseURL;
}

/** Koa middleware: the operators' calls made for this request carry its id, for their support desk. */
export async function propagateRequestId(ctx: Context, next: Next) {
  const requestId = ctx.get("x-request-id") || crypto.randomUUID();
  ctx.state.requestId = requestId;
  ctx.set("x-request-id", requestId);
  carriers.interceptors.request.use((config) => {
    config.headers.set("x-request-id", requestId);
    return config;
  });
  await next();
}

export interface Sailing {
  operator: "NorthLink" | "IsleFerry";
  ref: string;
  departs: string;
  durationMinutes: number;
  adultFare: number;
  seatsLeft: number;
}

export async function searchSailings(from: string, to: string, date: string): Promise<Sailing[]> {
  const [northlink, isleferry] = await Promise.allSettled([
    carriers.get("/northlink/sailings", { params: { route: `${from}-${to}`, date } }),
    carriers.get("/isleferry/v2/departures", { params: { from, to, day: date } }),
  ]);
  const sailings: Sailing[] = [];
  if (northlink.status === "fulfilled") {
    for (const s of northlink.value.data.sailings) {
      sailings.push({
        operator: "NorthLink",
        ref: s.id,
        departs: s.departs,
        durationMinutes: s.durationMinutes,
        adultFare: s.adultFarePence / 100,
        seatsLeft: s.seatsLeft,
      });
    }
  }
  if (isleferry.status === "fulfilled") {
    for (const d of isleferry.value.data.departures) {
      sailings.push({
        operator: "IsleFerry",
        ref: d.ref,
        departs: d.time,
        durationMinutes: d.mins,
        adultFare: d.price.adult,
        seatsLeft: d.capacity,
      });
    }
  }
  return sailings;
}
