import { Registry } from "./metrics.ts";

export const metrics = new Registry();

export const httpRequests = metrics.counter("http_requests_total", "Requests by route", [
  "method",
  "route",
  "status",
]);

metrics.startSweeping(200);
