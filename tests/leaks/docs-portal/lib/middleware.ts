import type { Middleware } from "./app.ts";

export function requestId(): Middleware {
  return async (ctx, next) => {
    const id = ctx.req.headers.get("x-request-id") ?? `docs-${ctx.id.toString(36)}`;
    ctx.state.requestId = id;
    ctx.responseHeaders.set("x-request-id", id);
    return await next();
  };
}

export function securityHeaders(): Middleware {
  return async (ctx, next) => {
    ctx.responseHeaders.set("x-content-type-options", "nosniff");
    ctx.responseHeaders.set("referrer-policy", "strict-origin-when-cross-origin");
    ctx.responseHeaders.set("content-security-policy", "default-src 'self'; img-src 'self' data:");
    return await next();
  };
}

export function serverTiming(): Middleware {
  return async (ctx, next) => {
    const res = await next();
    const ms = (performance.now() - ctx.startedAt).toFixed(1);
    res.headers.set("server-timing", `app;dur=${ms}`);
    return res;
  };
}
