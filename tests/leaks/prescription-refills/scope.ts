import { lifecycle } from "./lifecycle.ts";

/** What a handler gets besides the Request: who is asking and a signal for shutdown. */
export interface RequestScope {
  requestId: string;
  method: string;
  path: string;
  patientId: string | null;
  startedAt: number;
  signal: AbortSignal;
}

export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly details?: unknown) {
    super(message);
  }
}

let sequence = 0;

function nextRequestId(): string {
  sequence = (sequence + 1) % 1_000_000;
  return `rx-${Date.now().toString(36)}-${sequence.toString(36)}`;
}

/**
 * Runs a handler with a request scope whose signal aborts when the server starts draining, so
 * long pharmacy-system calls stop instead of holding the shutdown up. The drain hook is
 * registered for this request only and taken off again when the handler is done.
 */
export async function withScope(
  req: Request,
  handler: (scope: RequestScope) => Promise<Response>,
): Promise<Response> {
  if (lifecycle.draining) {
    return Response.json({ error: "shutting down" }, {
      status: 503,
      headers: { "retry-after": "5" },
    });
  }
  const url = new URL(req.url);
  const controller = new AbortController();
  const scope: RequestScope = {
    requestId: req.headers.get("x-request-id") ?? nextRequestId(),
    method: req.method,
    path: url.pathname,
    patientId: req.headers.get("x-patient-id"),
    startedAt: performance.now(),
    signal: controller.signal,
  };
  const onDrain = (reason: unknown) => {
    console.warn(`aborting ${scope.method} ${scope.path} (${scope.requestId})`);
    controller.abort(reason);
  };
  lifecycle.once("draining", onDrain);
  try {
    const res = await handler(scope);
    res.headers.set("x-request-id", scope.requestId);
    return res;
  } finally {
    lifecycle.off("draining", onDrain);
  }
}
