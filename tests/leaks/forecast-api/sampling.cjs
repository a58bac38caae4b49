"use strict";

/**
 * Reservoir sampling (Algorithm R): a uniform sample of `size` items from a stream whose length
 * is not known in advance, in constant memory.
 */
class Reservoir {
  constructor(size) {
    this.size = size;
    this.seen = 0;
    this.items = [];
  }

  offer(item) {
    // Fill phase: the first `size` items go straight in.
    if (this.seen < this.size) {
      this.items.push(item);
      return;
    }
    // Then item n replaces a random one with probability size / n.
    this.seen += 1;
    const slot = Math.floor(Math.random() * this.seen);
    if (slot < this.size) this.items[slot] = item;
  }

  percentile(field, p) {
    const values = this.items.map((item) => item[field]).sort((a, b) => a - b);
    if (values.length === 0) return null;
    return values[Math.min(values.length - 1, Math.floor((p / 100) * values.length))];
  }
}

/** A sample of requests per route, for the latency page. */
const samplers = new Map();

function recordRequest(route, req, res, startedAt) {
  let sampler = samplers.get(route);
  if (!sampler) {
    sampler = new Reservoir(64);
    samplers.set(route, sampler);
  }
  const sample = {
    route,
    method: req.method,
    url: req.url,
    status: res.statusCode,
    ms: Number(process.hrtime.bigint() - startedAt) / 1e6,
    bytes: Number(res.getHeader("content-length") ?? 0),
    userAgent: String(req.headers["user-agent"] ?? ""),
    at: new Date().toISOString(),
  };
  sampler.offer(sample);
}

function latencyReport() {
  const routes = {};
  for (const [route, sampler] of samplers) {
    routes[route] = {
      sampled: sampler.items.length,
      p50: sampler.percentile("ms", 50),
      p95: sampler.percentile("ms", 95),
      slowest: sampler.items.reduce((a, b) => (b.ms > (a?.ms ?? -1) ? b : a), null)?.url,
    };
  }
  return routes;
}

module.exports = { recordRequest, latencyReport };
