import {
  type Check,
  CheckInputError,
  type CheckType,
  newCheck,
  parseDocument,
  parsePerson,
  settle,
} from "./checks.ts";
import { documentProvider, type Provider, sanctionsProvider } from "./providers.ts";
import { RecentResults } from "./results.ts";
import { CheckTracker, ShuttingDown } from "./tracker.ts";

const portArg = Deno.args.find((arg) => arg.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8730;

const PROVIDERS: Record<CheckType, Provider> = {
  document: documentProvider,
  sanctions: sanctionsProvider,
};

const tracker = new CheckTracker();
const recent = new RecentResults(100);
const counters = { passed: 0, failed: 0, review: 0, errors: 0 };

async function runCheck(
  applicantId: string,
  type: CheckType,
  input: ReturnType<typeof parseDocument> | ReturnType<typeof parsePerson>,
  requestedBy: string,
): Promise<Check> {
  const provider = PROVIDERS[type];
  let check = newCheck(applicantId, type, provider.name, input, requestedBy);
  tracker.begin(check);
  try {
    const outcome = await provider.verify(check);
    check = settle(check, outcome);
    recent.remember(check);
    counters[check.status as "passed" | "failed" | "review"]++;
    return check;
  } catch (err) {
    counters.errors++;
    throw err;
  } finally {
    tracker.end(check);
  }
}

function publicView(check: Check) {
  return {
    id: check.id,
    type: check.type,
    status: check.status,
    provider: check.provider,
    startedAt: check.startedAt,
    finishedAt: check.finishedAt,
    reasons: check.outcome?.reasons ?? [],
  };
}

async function readBody(req: Request): Promise<Record<string, unknown>> {
  try {
    const body = await req.json();
    return body && typeof body === "object" ? body : {};
  } catch {
    throw new CheckInputError("body must be JSON");
  }
}

async function handle(req: Request, url: URL): Promise<Response> {
  const checksRoute = /^\/applicants\/([\w-]+)\/checks$/.exec(url.pathname);
  if (checksRoute && req.method === "POST") {
    const applicantId = checksRoute[1];
    const body = await readBody(req);
    const type = body.type as CheckType;
    if (!(type in PROVIDERS)) throw new CheckInputError("type must be document or sanctions");
    const input = type === "document" ? parseDocument(body) : parsePerson(body);
    const requestedBy = req.headers.get("x-client-id") ?? "onboarding-web";
    const check = await runCheck(applicantId, type, input, requestedBy);
    return Response.json(publicView(check), { status: 201 });
  }

  const applicantRoute = /^\/applicants\/([\w-]+)$/.exec(url.pathname);
  if (applicantRoute && req.method === "GET") {
    const checks = recent.forApplicant(applicantRoute[1]);
    const verdict = checks.length === 0
      ? "unknown"
      : checks.some((c) => c.status === "failed")
      ? "rejected"
      : checks.some((c) => c.status === "review")
      ? "manual_review"
      : "verified";
    return Response.json({
      applicantId: applicantRoute[1],
      verdict,
      checks: checks.map(publicView),
    });
  }

  if (url.pathname === "/checks/stats" && req.method === "GET") {
    return Response.json({
      ...counters,
      ...tracker.stats(),
      recent: recent.size,
      awaitingReview: recent.awaitingReview().length,
    });
  }

  return Response.json({ error: "not found" }, { status: 404 });
}

const server = Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ hostname, port }) => console.log(`identity-checks on http://${hostname}:${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") {
    return tracker.closing
      ? Response.json({ ok: false, draining: true }, { status: 503 })
      : Response.json({ ok: true });
  }
  try {
    return await handle(req, url);
  } catch (err) {
    if (err instanceof CheckInputError) {
      return Response.json({ error: err.message }, { status: 422 });
    }
    if (err instanceof ShuttingDown) {
      return Response.json({ error: err.message }, { status: 503 });
    }
    console.error(err);
    return Response.json({ error: "internal error" }, { status: 500 });
  }
});

Deno.addSignalListener("SIGTERM", async () => {
  const { abandoned } = await tracker.drain(25_000);
  if (abandoned.length) console.error(`exiting with ${abandoned.length} checks in flight`);
  await server.shutdown();
  Deno.exit(0);
});
