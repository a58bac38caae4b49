import { petitionStats, sign, type Signature } from "./signatures.ts";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const PETITIONS = new Set(["save-the-lido", "safe-school-streets", "library-sundays"]);
const EMAIL = /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i;

export async function handle(req: Request): Promise<Response> {
  const url = new URL(req.url);
  if (url.pathname === "/healthz") return new Response("ok");

  const m = url.pathname.match(/^\/petitions\/([a-z-]+)(\/signatures)?$/);
  if (!m || !PETITIONS.has(m[1])) return json({ error: "not found" }, 404);
  const petition = m[1];

  if (!m[2] && req.method === "GET") return json(petitionStats(petition));

  if (m[2] && req.method === "POST") {
    const body = await req.json().catch(() => null);
    if (!body || !EMAIL.test(String(body.email ?? ""))) {
      return json({ error: "a valid e-mail address is required" }, 422);
    }
    const sig: Signature = {
      petition,
      name: String(body.name ?? "").slice(0, 120),
      email: String(body.email),
      postcode: String(body.postcode ?? "").toUpperCase(),
      consentToUpdates: body.consent === true,
      signedAt: new Date().toISOString(),
    };
    const outcome = sign(sig);
    return json({ outcome }, outcome === "accepted" ? 201 : 200);
  }
  return json({ error: "method not allowed" }, 405);
}
