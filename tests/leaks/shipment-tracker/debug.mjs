/**
 * Request inspector behind /__debug/requests: the last requests with their status and timing,
 * so support can see what a customer's tracking page just asked for. The list lives on
 * globalThis so the copy of this module the admin CLI imports (and the tests, which re-import
 * the server) share it with the running server.
 */
const MAX_RECENT = Number(process.env.DEBUG_RECENT_REQUESTS) ?? 100;

globalThis.__recentRequests ??= [];

let nextId = 1;

/** Call at the start of a request; the summary is recorded when the response is sent. */
export function trackRequest(req, res, carrier) {
  const started = process.hrtime.bigint();
  const id = `req-${nextId++}`;
  res.setHeader("x-request-id", id);
  res.on("finish", () => {
    const entry = {
      id,
      method: req.method,
      url: req.url,
      status: res.statusCode,
      ms: Number(process.hrtime.bigint() - started) / 1e6,
      carrier: carrier ?? null,
      userAgent: req.headers["user-agent"] ?? "",
      at: new Date().toISOString(),
    };
    globalThis.__recentRequests.push(entry);
    if (globalThis.__recentRequests.length > MAX_RECENT) globalThis.__recentRequests.shift();
  });
}

export function recentRequests(limit) {
  return globalThis.__recentRequests.slice(-limit).reverse();
}
