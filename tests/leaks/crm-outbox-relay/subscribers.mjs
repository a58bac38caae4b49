// Downstream systems that get contact events. The HTTP calls are stubbed; billing's sandbox
// answers 503 to the first attempt at an update, which is how it behaves under load.
export const subscribers = [
  { name: "newsletter", url: "https://hooks.newsletter.example/crm", types: ["*"] },
  { name: "billing", url: "https://billing.internal/hooks/contacts", types: ["*"] },
  { name: "warehouse", url: "https://wms.internal/contacts", types: ["contact.created"] },
];

const firstTry = new Set();

export async function post(subscriber, event) {
  await new Promise((r) => setTimeout(r, 2));
  const key = `${subscriber.name}:${event.id}`;
  if (subscriber.name === "billing" && event.type === "contact.updated" && !firstTry.has(key)) {
    firstTry.add(key);
    return { status: 503 };
  }
  firstTry.delete(key);
  return { status: 204 };
}
