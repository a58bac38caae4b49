import { AlertBook, type SubscriptionInput } from "./subscriptions.ts";
import { Outbox, unsubscribeLink } from "./mailer.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8000;

const alerts = new AlertBook();
const outbox = new Outbox();
const counters = { signups: 0, unsubscribeClicks: 0, vacancies: 0, matched: 0 };

function validate(body: Partial<SubscriptionInput>): string | null {
  if (!body.email || !body.email.includes("@")) return "a valid email is required";
  if (!Array.isArray(body.roles) || body.roles.length === 0) return "pick at least one role";
  if (!body.region) return "region is required";
  return null;
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");
  if (url.pathname === "/stats") {
    return Response.json({ ...counters, ...alerts.stats(), recentMail: outbox.sent.slice(0, 5) });
  }

  if (url.pathname === "/alerts" && req.method === "POST") {
    const body = await req.json() as Partial<SubscriptionInput>;
    const problem = validate(body);
    if (problem) return Response.json({ error: problem }, { status: 400 });
    const sub = alerts.subscribe({
      email: body.email!,
      name: body.name ?? "",
      roles: body.roles!,
      region: body.region!,
      radiusKm: body.radiusKm ?? 25,
      salaryMin: body.salaryMin ?? 0,
      frequency: body.frequency === "daily" ? "daily" : "weekly",
      source: body.source ?? "website",
    });
    outbox.welcome(sub);
    counters.signups++;
    return Response.json({ email: sub.email, unsubscribe: unsubscribeLink(sub) }, { status: 201 });
  }

  // the link in the e-mail footer, and the mail client's one-click POST to the same URL
  if (url.pathname === "/alerts/unsubscribe") {
    const email = url.searchParams.get("email") ?? "";
    alerts.unsubscribe(email);
    counters.unsubscribeClicks++;
    return new Response("You have been unsubscribed.", {
      headers: { "content-type": "text/plain" },
    });
  }

  if (url.pathname === "/alerts/lookup") {
    const sub = alerts.get(url.searchParams.get("email") ?? "");
    return sub ? Response.json(sub) : Response.json({ error: "no alert" }, { status: 404 });
  }

  if (url.pathname === "/vacancies" && req.method === "POST") {
    const vacancy = await req.json() as {
      id: string;
      role: string;
      region: string;
      salary: number;
    };
    counters.vacancies++;
    let matched = 0;
    for (const sub of alerts.matching(vacancy)) {
      sub.pending.push(vacancy.id);
      if (sub.pending.length > 10) sub.pending.shift();
      matched++;
    }
    counters.matched += matched;
    return Response.json({ id: vacancy.id, matched }, { status: 201 });
  }
  return Response.json({ error: "not found" }, { status: 404 });
}

Deno.serve(
  { port, hostname: "127.0.0.1", onListen: () => console.log(`vacancy alerts on :${port}`) },
  handle,
);
