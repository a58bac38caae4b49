/**
 * Staging never calls partners: requests go to an in-process sandbox that answers like a partner
 * endpoint would (202, or 410 for endpoints that were removed).
 */
export async function send(request: Request): Promise<Response> {
  const body = await request.text();
  const event = request.headers.get("x-acme-event");
  if (!event || body.length === 0) return new Response("bad request", { status: 400 });
  if (new URL(request.url).hostname.startsWith("gone.")) {
    return new Response("gone", { status: 410 });
  }
  return new Response(null, { status: 202 });
}
