import relay from "./node_modules/relay-http/index.js";
import { sandboxAdapter } from "./sandbox.mjs";

export const SUPPLIERS = {
  "nordic-paper": {
    name: "Nordic Paper Supply AB",
    baseURL: process.env.NORDIC_PAPER_URL ?? "https://api.sandbox.nordicpaper.example/v2/",
    serviceToken: process.env.NORDIC_PAPER_TOKEN ?? "np_sandbox_8f2c1d",
  },
  "bureau-direct": {
    name: "Bureau Direct B.V.",
    baseURL: process.env.BUREAU_DIRECT_URL ?? "https://sandbox.bureaudirect.example/api/",
    serviceToken: process.env.BUREAU_DIRECT_TOKEN ?? "bd_sandbox_41aa07",
  },
};

const clients = new Map();

export class SupplierError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** One HTTP client per supplier (keep-alive, defaults), made on first use. */
export function supplierClient(supplierId) {
  let client = clients.get(supplierId);
  if (client) return client;
  const supplier = SUPPLIERS[supplierId];
  if (!supplier) throw new SupplierError(404, `unknown supplier ${supplierId}`);
  client = relay.create({
    baseURL: supplier.baseURL,
    timeout: 10_000,
    headers: {
      authorization: `Bearer ${supplier.serviceToken}`,
      "user-agent": "supplier-sync/1.8",
    },
    adapter: process.env[`${supplierId.toUpperCase().replace("-", "_")}_URL`]
      ? undefined
      : sandboxAdapter,
  });
  client.interceptors.response.use(undefined, (err) => {
    const status = err.status === 401 || err.status === 403 ? 502 : 504;
    throw new SupplierError(status, `${supplier.name}: ${err.message}`);
  });
  clients.set(supplierId, client);
  return client;
}
