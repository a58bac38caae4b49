import { hooks, type Mail, outbox, pending, type Signup } from "./mailer.ts";
import { signupRejected, signupRequested, store } from "./store.ts";

const portArg = Deno.args.find((a) => a.startsWith("--port="));
const port = portArg ? Number(portArg.slice("--port=".length)) : 8080;

const LISTS = new Set(["weekly", "product-updates", "events"]);
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

const json = (body: unknown, status = 200) => Response.json(body, { status });

async function signUp(body: { email?: string; lists?: string[]; source?: string }) {
  const lists = (body.lists ?? ["weekly"]).filter((l) => LISTS.has(l));
  if (!body.email || !EMAIL.test(body.email) || lists.length === 0) {
    store.dispatch(signupRejected());
    return json({ error: "a valid email and at least one known list" }, 422);
  }
  const signup: Signup = {
    email: body.email.toLowerCase(),
    lists,
    source: String(body.source ?? "site"),
    token: crypto.randomUUID(),
  };
  pending.set(signup.token, signup);
  store.dispatch(signupRequested({
    email: signup.email,
    lists,
    source: signup.source,
    at: new Date().toISOString(),
  }));

  // Hear which message the mailer queued for this signup, for the response; then stop.
  let queued: Mail | undefined;
  const unregister = hooks.hook("mail:queued", (mail) => {
    if (mail.to === signup.email) queued = mail;
  });
  try {
    await hooks.callHook("signup:created", signup);
  } finally {
    unregister();
  }
  return json({ status: "pending", messageId: queued?.id ?? null }, 202);
}

async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return json({ ok: true });
  if (req.method === "POST" && url.pathname === "/signups") return signUp(await req.json());
  if (req.method === "GET" && url.pathname === "/stats") {
    const { counts, perList } = store.getState().signups;
    return json({ counts, perList, pending: pending.size, outbox: outbox.length });
  }
  if (req.method === "GET" && url.pathname === "/recent") {
    return json(store.getState().signups.recent.slice(0, 10));
  }
  return json({ error: "not found" }, 404);
}

Deno.serve({
  hostname: "127.0.0.1",
  port,
  onListen: ({ port }) => console.log(`newsletter-signup on http://127.0.0.1:${port}`),
}, (req) => handle(req).catch((error) => json({ error: String(error) }, 400)));
