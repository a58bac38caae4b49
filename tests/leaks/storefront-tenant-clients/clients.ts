import type { Tenant } from "./tenants.ts";

export interface Product {
  sku: string;
  title: string;
  price: number;
  currency: string;
  stock: number;
}

const CATALOG: Omit<Product, "currency">[] = [
  { sku: "LMP-204", title: "Arc floor lamp, brass", price: 189, stock: 14 },
  { sku: "LMP-118", title: "Globe pendant, opal glass", price: 79, stock: 40 },
  { sku: "TNT-2P", title: "Two-person trekking tent", price: 2499, stock: 6 },
];

/**
 * A client for one tenant's commerce backend, bound to the credentials it was made with.
 * Keeps a short-lived cache of product reads so a page render does not hit the backend
 * once per widget.
 */
export class CommerceClient {
  readonly createdAt = Date.now();
  readonly headers: Headers;
  requests = 0;
  lastLatencyMs = 0;
  #reads = new Map<string, { at: number; product: Product }>();

  constructor(readonly tenant: Tenant, accessToken: string) {
    this.headers = new Headers({
      authorization: `Bearer ${accessToken}`,
      "x-tenant": tenant.id,
      "accept-language": tenant.locale,
    });
  }

  async product(sku: string): Promise<Product | undefined> {
    const cached = this.#reads.get(sku);
    if (cached && Date.now() - cached.at < 30_000) return cached.product;
    const started = performance.now();
    this.requests++;
    // stands in for GET {backendUrl}/products/{sku} with this.headers
    await new Promise((resolve) => setTimeout(resolve, 1));
    const row = CATALOG.find((p) => p.sku === sku);
    this.lastLatencyMs = performance.now() - started;
    if (!row) return undefined;
    const price = Math.round(row.price * (100 - this.tenant.storeDiscount)) / 100;
    const product = { ...row, price, currency: this.tenant.currency };
    this.#reads.set(sku, { at: Date.now(), product });
    return product;
  }
}

const clients = new Map<string, CommerceClient>();

/** One client per tenant and credentials, made on first use and reused after. */
export function clientFor(tenant: Tenant, accessToken: string): CommerceClient {
  const key = `${tenant.id}:${accessToken}`;
  let client = clients.get(key);
  if (!client) {
    client = new CommerceClient(tenant, accessToken);
    clients.set(key, client);
  }
  return client;
}
