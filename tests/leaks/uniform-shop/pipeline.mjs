import { SCHOOLS } from "./schools.mjs";

export class ShopError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function compose(steps) {
  return (ctx) => {
    const run = (n) => (n < steps.length ? steps[n](ctx, () => run(n + 1)) : Promise.resolve());
    return run(0);
  };
}

function loadSchool(id) {
  const school = SCHOOLS[id];
  return async (ctx, next) => {
    ctx.school = { id, ...school };
    await next();
  };
}

function requireParentAccount() {
  return async (ctx, next) => {
    const parent = ctx.req.headers["x-parent"];
    if (!parent) throw new ShopError(401, "sign in to order");
    ctx.parent = String(parent);
    await next();
  };
}

function timing(stats) {
  return async (_ctx, next) => {
    const t = performance.now();
    try {
      await next();
    } finally {
      stats.requests++;
      stats.totalMs += performance.now() - t;
    }
  };
}

/** One pipeline per school, built on first use (there are only a handful of schools). */
const pipelines = new Map();
export const pipelineStats = { requests: 0, totalMs: 0 };

export function pipelineFor(schoolId) {
  if (!SCHOOLS[schoolId]) throw new ShopError(404, `no school ${schoolId}`);
  let p = pipelines.get(schoolId);
  if (!p) {
    p = compose([timing(pipelineStats), loadSchool(schoolId), requireParentAccount()]);
    pipelines.set(schoolId, p);
  }
  return p;
}
