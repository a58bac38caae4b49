export interface TransportResponse {
  status: number;
  body: string;
}

/**
 * Partner endpoints as the relay sees them. In this environment the partners are stubbed in
 * process: the loyalty platform accepts everything, the old CRM integration has been retired.
 */
const ENDPOINTS: Record<string, (body: string) => TransportResponse> = {
  "https://hooks.loyalty.example/v2/events": () => ({ status: 202, body: '{"accepted":true}' }),
  "https://crm-legacy.example/webhooks/orders": () => ({
    status: 410,
    body: '{"error":"integration_retired","message":"This endpoint has been decommissioned"}',
  }),
};

export async function post(url: string, body: string): Promise<TransportResponse> {
  await new Promise((r) => setTimeout(r, 1));
  const endpoint = ENDPOINTS[url];
  if (!endpoint) return { status: 404, body: "" };
  return endpoint(body);
}
