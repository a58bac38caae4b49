import client from "prom-client";

export const registry = new client.Registry();
registry.setDefaultLabels({ service: "order-status" });

export const httpRequestsTotal = new client.Counter({
  name: "http_requests_total",
  help: "HTTP requests by method, path and status",
  labelNames: ["method", "path", "status_code"],
  registers: [registry],
});

export const httpRequestDuration = new client.Histogram({
  name: "http_request_duration_seconds",
  help: "HTTP request latency by route",
  labelNames: ["method", "route", "status_code"],
  buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
  registers: [registry],
});

export const ordersLookedUp = new client.Counter({
  name: "orders_looked_up_total",
  help: "Order lookups by result",
  labelNames: ["result"],
  registers: [registry],
});

/** Express middleware: counts and times every request once its response has gone out. */
export function metricsMiddleware(req, res, next) {
  const endTimer = httpRequestDuration.startTimer();
  res.on("finish", () => {
    const route = req.route ? req.baseUrl + req.route.path : "unmatched";
    endTimer({ method: req.method, route, status_code: res.statusCode });
    httpRequestsTotal.inc({ method: req.method, path: req.path, status_code: res.statusCode });
  });
  next();
}
