import { type CaptureSettings, RequestCapture } from "./capture.ts";
import { availability, borrow, giveBack, LoanError } from "./loans.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const capture = new RequestCapture();
const json = (status: number, body: unknown) => Response.json(body, { status });

function parse(text: string) {
  try {
    return JSON.parse(text);
  } catch {
    throw new LoanError(400, "body is not JSON");
  }
}

function route(req: Request, url: URL, body: string): Response {
  const parts = url.pathname.split("/").filter(Boolean);
  if (parts[0] === "titles" && parts.length === 2) return json(200, availability(parts[1]));
  if (url.pathname === "/loans" && req.method === "POST") return json(201, borrow(parse(body)));
  if (parts[0] === "loans" && parts[2] === "return" && req.method === "POST") {
    return json(200, giveBack(parts[1]));
  }
  if (url.pathname === "/debug/capture" && req.method === "PATCH") {
    return json(200, capture.configure(parse(body) as CaptureSettings));
  }
  if (url.pathname === "/debug/capture") {
    return json(200, { settings: capture.settings(), requests: capture.list().slice(0, 20) });
  }
  return json(404, { error: "not found" });
}

Deno.serve({
  port,
  hostname: "127.0.0.1",
  onListen: () => console.log(`ebook lending on :${port}`),
}, async (req) => {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  const started = performance.now();
  const body = req.method === "GET" ? "" : await req.text();
  let res: Response;
  try {
    res = route(req, url, body);
  } catch (err) {
    res = json(err instanceof LoanError ? err.status : 500, { error: (err as Error).message });
  }
  if (capture.wants(url.pathname)) {
    const copy = res.clone();
    capture.record(req, body, res, await copy.text(), performance.now() - started);
  }
  return res;
});
