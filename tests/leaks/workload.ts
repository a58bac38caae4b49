/**
 * Drives a case's workload against its HTTP port: `cycles` passes over the steps, ~8 cycles at a
 * time, every response body read to the end. `{i}` becomes the cycle's number, which keeps
 * counting from `firstCycle` so keys stay distinct across runs.
 *
 * @module
 */

import type { WorkloadStep } from "./cases.ts";
import { fillHeaders, fillTemplate, type TemplateValues } from "../../workloads/templates.ts";

export interface WorkloadResult {
  requests: number;
  /** Responses by HTTP status. */
  statuses: Record<number, number>;
  /** Requests that got no response (first few messages). */
  failures: string[];
  /** The counter to continue from. */
  nextCycle: number;
  ms: number;
}

export async function runWorkload(
  baseUrl: string,
  steps: WorkloadStep[],
  opts: { cycles: number; firstCycle: number; concurrency?: number; timeoutMs?: number },
): Promise<WorkloadResult> {
  const started = performance.now();
  const statuses: Record<number, number> = {};
  const failures: string[] = [];
  let failed = 0;
  let requests = 0;
  let next = 0;

  const worker = async () => {
    while (next < opts.cycles) {
      const n = opts.firstCycle + next++;
      // One cycle's steps share its number (and a UUID), as the product's templates fill them.
      const values: TemplateValues = { i: n, uuid: crypto.randomUUID() };
      for (const step of steps) {
        const path = fillTemplate(step.path, values);
        try {
          const res = await fetch(baseUrl + path, {
            method: step.method ?? "GET",
            // Header values take `{i}` too (a request id per request).
            headers: step.headers && fillHeaders(step.headers, values),
            body: step.body === undefined ? undefined : fillTemplate(step.body, values),
            redirect: "manual",
            signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
          });
          await res.arrayBuffer();
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        } catch (e) {
          failed++;
          if (failures.length < 5) failures.push(`${step.method ?? "GET"} ${path}: ${e}`);
        }
        requests++;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency ?? 8 }, worker));
  if (failed > failures.length) failures.push(`… ${failed} failed requests in all`);
  return {
    requests,
    statuses,
    failures,
    nextCycle: opts.firstCycle + opts.cycles,
    ms: performance.now() - started,
  };
}
