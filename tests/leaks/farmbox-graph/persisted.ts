import { execute } from "./graph/execute.ts";
import { type Operation, parse } from "./graph/parse.ts";
import { createContext, schema } from "./schema.ts";

// Queries the apps ship with, sent as GET ?id=…&variables=… so the CDN can cache them. They
// are our own queries, so they run trusted, with the same system context the box-planning job
// uses.
const QUERIES: Record<string, string> = {
  orderSummary: `query OrderSummary($id: ID!) {
    order(id: $id) {
      id status deliveryDate notes total
      box { name size }
      extras { name qty price }
      customer { name deliveryDay }
    }
  }`,
  catalogue: `query Catalogue($kind: String) {
    products(kind: $kind) { sku name kind size price }
  }`,
};

const documents = new Map<string, Operation>(
  Object.entries(QUERIES).map(([id, text]) => [id, parse(text)]),
);

const system = createContext({ id: "system", role: "system" });

export function runPersisted(id: string, variables: Record<string, unknown>) {
  const op = documents.get(id);
  if (!op) return null;
  return execute(schema, op, variables, system);
}
