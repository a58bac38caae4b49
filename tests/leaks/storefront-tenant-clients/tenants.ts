export interface Tenant {
  id: string;
  name: string;
  backendUrl: string;
  currency: string;
  locale: string;
  /** Percent taken off list prices for the tenant's storefront. */
  storeDiscount: number;
}

const TENANTS: Tenant[] = [
  {
    id: "lumen-home",
    name: "Lumen Home",
    backendUrl: "https://commerce.internal/lumen",
    currency: "EUR",
    locale: "nl-NL",
    storeDiscount: 10,
  },
  {
    id: "fjell-outdoor",
    name: "Fjell Outdoor",
    backendUrl: "https://commerce.internal/fjell",
    currency: "NOK",
    locale: "nb-NO",
    storeDiscount: 0,
  },
];

const byId = new Map(TENANTS.map((t) => [t.id, t]));

export function tenantById(id: string): Tenant | undefined {
  return byId.get(id);
}
