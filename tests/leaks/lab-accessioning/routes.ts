import {
  accession,
  AccessionError,
  type AccessionRequest,
  authorise,
  floor,
  recordResult,
  release,
  samples,
} from "./samples.ts";
import type { TestCode } from "./test_catalogue.ts";

const SAMPLE_ACTION = /^\/samples\/(S-[A-Z0-9-]+)\/(results|authorise|release)$/;
const SAMPLE = /^\/samples\/(S-[A-Z0-9-]+)$/;
const WORKLIST = /^\/benches\/([a-z]+)\/worklist$/;

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status });
}

interface ResultMessage {
  test?: string;
  value?: number;
  instrument?: string;
}

async function dispatch(req: Request, url: URL): Promise<Response> {
  if (req.method === "GET" && url.pathname === "/healthz") return json({ ok: true });
  if (req.method === "GET" && url.pathname === "/floor") return json(floor());

  if (req.method === "POST" && url.pathname === "/samples") {
    const body = await req.json() as AccessionRequest;
    return json(accession(body), 201);
  }

  const worklist = WORKLIST.exec(url.pathname);
  if (req.method === "GET" && worklist) {
    const pending = samples.find(worklist[1]).filter((s) => s.status !== "authorised");
    return json({
      bench: worklist[1],
      pending: pending.map((s) => ({
        id: s.id,
        priority: s.priority,
        status: s.status,
        tests: s.tests,
        done: s.results.length,
      })),
    });
  }

  const one = SAMPLE.exec(url.pathname);
  if (req.method === "GET" && one) {
    const sample = samples.get(one[1]);
    return sample ? json(sample) : json({ error: "not on the floor" }, 404);
  }

  const action = SAMPLE_ACTION.exec(url.pathname);
  if (req.method === "POST" && action) {
    const [, id, verb] = action;
    if (verb === "results") {
      if (!samples.get(id)) return json({ error: "not on the floor" }, 404);
      const msg = await req.json() as ResultMessage;
      if (typeof msg.value !== "number" || !msg.test || !msg.instrument) {
        return json({ error: "test, value and instrument are required" }, 400);
      }
      return json(recordResult(id, {
        test: msg.test as TestCode,
        value: msg.value,
        unit: "",
        instrument: msg.instrument,
      }));
    }
    if (verb === "authorise") {
      const { scientist } = await req.json() as { scientist?: string };
      if (!scientist) return json({ error: "scientist is required" }, 400);
      return json(authorise(id, scientist));
    }
    return json(release(id));
  }
  return json({ error: "not found" }, 404);
}

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  try {
    return await dispatch(req, url);
  } catch (err) {
    if (err instanceof AccessionError) return json({ error: err.message }, err.status);
    if (err instanceof SyntaxError) return json({ error: "invalid JSON" }, 400);
    console.error(err);
    return json({ error: "internal error" }, 500);
  }
}
