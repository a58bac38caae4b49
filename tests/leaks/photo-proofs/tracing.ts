/** Request spans for the access log; a span lives exactly as long as its request. */

export interface Span {
  route: string;
  startedAt: number;
  steps: { name: string; ms: number }[];
}

const spans = new WeakMap<Request, Span>();
const kActiveRoute = Symbol("photo-proofs.activeRoute");
const routeTimings = new Map<string, { count: number; totalMs: number }>();

export const server = { [kActiveRoute]: "" as string, started: new Date().toISOString() };

export function begin(req: Request, route: string): Span {
  const span = { route, startedAt: performance.now(), steps: [] };
  spans.set(req, span);
  server[kActiveRoute] = route;
  return span;
}

export function step(req: Request, name: string): void {
  const span = spans.get(req);
  span?.steps.push({ name, ms: performance.now() - span.startedAt });
}

export function end(req: Request): number {
  const span = spans.get(req);
  if (!span) return 0;
  const ms = performance.now() - span.startedAt;
  const timing = routeTimings.get(span.route) ?? { count: 0, totalMs: 0 };
  timing.count++;
  timing.totalMs += ms;
  routeTimings.set(span.route, timing);
  spans.delete(req);
  return ms;
}

export function timings() {
  return Object.fromEntries(
    [...routeTimings].map(([route, t]) => [route, { count: t.count, avgMs: t.totalMs / t.count }]),
  );
}
