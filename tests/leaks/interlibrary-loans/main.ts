import { Branch, LoanError } from "./branches.ts";
import { type LoanRequest, type Patron, placeRequest } from "./requests.ts";
import { Notices } from "./notices.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const TITLES = {
  "9780141439518": "Pride and Prejudice",
  "9780571334650": "Klara and the Sun",
  "9781526622426": "The Salt Path",
};

const branches = new Map([
  ["central", new Branch("central", { "9780141439518": 12, "9780571334650": 6 }, 3)],
  ["north", new Branch("north", { "9780141439518": 12, "9781526622426": 4 }, 2)],
  ["harbour", new Branch("harbour", { "9781526622426": 3 }, 1)],
]);
const requests = new Map<string, LoanRequest>();
const activity: string[] = new Array(30).fill("");
let activityAt = 0;
const notices = new Notices();

function log(line: string) {
  activity[activityAt] = `${new Date().toISOString()} ${line}`;
  activityAt = (activityAt + 1) % activity.length;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  const parts = url.pathname.split("/").filter(Boolean);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") {
    return Response.json({
      open: requests.size,
      notices: notices.size,
      activity: activity.filter(Boolean),
    });
  }
  try {
    if (parts[0] === "branches" && parts[1]) {
      const branch = branches.get(parts[1]);
      if (!branch) throw new LoanError(404, "no such branch");
      return Response.json(branch.view());
    }
    if (parts[0] === "requests" && !parts[1] && req.method === "POST") {
      const body = await req.json() as {
        ref: string;
        isbn: string;
        patron: Patron;
        branches: string[];
      };
      if (!(body.isbn in TITLES)) throw new LoanError(404, "not a title we lend between branches");
      const request = await placeRequest(branches, body);
      requests.set(request.ref, request);
      log(`${request.ref} ${request.copy.barcode} from ${request.copy.branch}`);
      return Response.json({ ref: request.ref, from: request.copy.branch }, { status: 201 });
    }
    if (parts[0] === "requests" && parts[1] && req.method === "POST") {
      const request = requests.get(parts[1]);
      if (!request) throw new LoanError(404, "no such request");
      const branch = branches.get(request.copy.branch)!;
      if (parts[2] === "collect" && request.status === "requested") {
        branch.send(request.copy.barcode);
        request.status = "on-loan";
        return Response.json({ ref: request.ref, status: request.status });
      }
      if (parts[2] === "return" && request.status === "on-loan") {
        branch.receive(request.copy.barcode);
        requests.delete(request.ref);
        log(`${request.ref} returned`);
        return Response.json({ ref: request.ref, status: "returned" });
      }
      if (parts[2] === "cancel" && request.status === "requested") {
        branch.release(request.copy.barcode);
        requests.delete(request.ref);
        return Response.json({ ref: request.ref, status: "cancelled" });
      }
      throw new LoanError(409, `cannot ${parts[2]} a request that is ${request.status}`);
    }
    if (url.pathname === "/notices" && req.method === "POST") {
      const body = await req.json() as { email: string; topics: string[] };
      return Response.json(notices.subscribe(body.email, body.topics ?? []), { status: 201 });
    }
    if (url.pathname === "/notices/unsubscribe") {
      notices.unsubscribe(url.searchParams.get("email") ?? "");
      return new Response("unsubscribed", { headers: { "content-type": "text/plain" } });
    }
  } catch (err) {
    if (err instanceof LoanError) {
      return Response.json({ error: err.message }, { status: err.status });
    }
    throw err;
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`interlibrary loans on :${port}`) },
  handle,
);
