// Outbound webhook endpoints of the partners that subscribe to order events. Each `post` is
// what an HTTP POST to the partner would be: a few milliseconds, then a status code.

export class PartnerHttpError extends Error {
  constructor(partner, status) {
    super(`${partner} answered ${status}`);
    this.partner = partner;
    this.status = status;
  }
}

function endpoint(name, url, behaviour) {
  return {
    name,
    url,
    // `headers` as they would go on the wire: the partner sees which attempt this is.
    async post(event, headers) {
      await new Promise((r) => setTimeout(r, 2 + Math.random() * 3));
      const status = behaviour(Number(headers["x-webhook-attempt"]), event);
      if (status >= 300) throw new PartnerHttpError(name, status);
      return status;
    },
  };
}

export const partners = [
  endpoint("warehouse", "https://wms.example.net/hooks/orders", () => 204),
  // Their gateway throws the first call of each event away (cold lambda), the retry works.
  endpoint("crm", "https://crm.example.org/api/webhooks", (attempt) => (attempt === 1 ? 502 : 200)),
  // Decommissioned last quarter but still subscribed: every call is a 503.
  endpoint("legacy-erp", "https://erp-old.example.com/inbound", () => 503),
];
