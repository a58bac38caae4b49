// Readiness checks: each subsystem registers a check when it connects, and /readyz runs them
// all (the load balancer takes the instance out of rotation when one fails).

const healthChecks = [];

export function registerHealthCheck(name, check, { critical = true } = {}) {
  healthChecks.push({ name, check, critical, registeredAt: Date.now() });
}

export async function readiness() {
  const results = await Promise.all(healthChecks.map(async ({ name, check, critical }) => {
    const started = performance.now();
    try {
      await check();
      return { name, ok: true, critical, ms: performance.now() - started };
    } catch (err) {
      return { name, ok: false, critical, ms: performance.now() - started, error: String(err) };
    }
  }));
  const checks = {};
  for (const r of results) {
    checks[r.name] = { ok: r.ok, ms: Math.round(r.ms * 100) / 100, error: r.error };
  }
  return { ready: results.every((r) => r.ok || !r.critical), checks };
}
