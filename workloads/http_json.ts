/**
 * GET a small JSON document from the program under investigation (its `/stats`, `/health`),
 * bounded in time and size: a wrong URL could stream anything.
 *
 * @module
 */

import { displayUrl, maskCredentials, readBodyUpTo } from "../net/mod.ts";
import { WorkloadError } from "./errors.ts";

/** Bodies larger than this are refused: a stats summary is a few KB. */
export const MAX_JSON_BYTES = 1024 * 1024;
/** Give up on an endpoint after this long. */
export const JSON_TIMEOUT_MS = 5000;

/** Limits and cancellation for {@link getJson}. */
export interface GetJsonOptions {
  /** Default {@link JSON_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** Default {@link MAX_JSON_BYTES}. */
  maxBytes?: number;
  signal?: AbortSignal;
}

/**
 * The JSON at `url`. Redirects are not followed (they count as a non-2xx answer). Throws a
 * {@link WorkloadError} saying what went wrong and what to do.
 */
export async function getJson(url: URL | string, opts: GetJsonOptions = {}): Promise<unknown> {
  const href = new URL(url).href;
  const shown = displayUrl(href); // messages never repeat the URL's credentials
  const timeoutMs = opts.timeoutMs ?? JSON_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? MAX_JSON_BYTES;
  const timeout = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetch(href, {
      signal: opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout,
      redirect: "manual",
      headers: { accept: "application/json" },
    });
  } catch (e) {
    if (opts.signal?.aborted) throw opts.signal.reason;
    const running = "Check that the program is running and serves JSON at that URL.";
    if (timeout.aborted) {
      throw new WorkloadError(
        "timeout",
        `${shown} did not answer within ${timeoutMs / 1000} s.`,
        running,
        { cause: e },
      );
    }
    throw new WorkloadError(
      "unreachable",
      `Could not reach ${shown}: ${maskCredentials(describe(e), href)}`,
      running,
      {
        cause: e,
      },
    );
  }
  const body = await readBodyUpTo(res, maxBytes);
  if (body === undefined) {
    throw new WorkloadError(
      "too_large",
      `${shown} returned more than ${maxBytes} bytes; that is not a small JSON summary.`,
      "Point it at a small JSON stats endpoint.",
    );
  }
  if (!res.ok) {
    throw new WorkloadError(
      "http_status",
      `${shown} answered HTTP ${res.status}.`,
      "Pass the URL of the program's JSON stats endpoint.",
    );
  }
  try {
    return JSON.parse(body);
  } catch {
    throw new WorkloadError(
      "not_json",
      `${shown} did not return JSON (starts with ${JSON.stringify(body.slice(0, 60))}).`,
      "Pass the URL of the program's JSON stats endpoint.",
    );
  }
}

/** An error's first line plus its cause's (fetch puts "connection refused" in the cause). */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : "";
  return `${error.message.split("\n")[0]}${cause}`;
}
