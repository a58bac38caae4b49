// The partners' webhook endpoints, served in-process for the demo: the CRM accepts every
// event, the old ERP bridge answers 503 (it is being migrated and is down for weeks).

export function startPartners(): Promise<string> {
  const received = { crm: 0, erp: 0 };
  return new Promise((resolve) => {
    Deno.serve({
      hostname: "127.0.0.1",
      port: 0,
      onListen: ({ port }) => resolve(`http://127.0.0.1:${port}`),
    }, async (req) => {
      const url = new URL(req.url);
      await req.arrayBuffer();
      if (url.pathname === "/crm/hooks/orders") {
        received.crm++;
        return new Response(null, { status: 202 });
      }
      if (url.pathname === "/erp/inbound") {
        received.erp++;
        return new Response("bridge unavailable", {
          status: 503,
          headers: { "retry-after": "3600" },
        });
      }
      return new Response("not found", { status: 404 });
    });
  });
}
