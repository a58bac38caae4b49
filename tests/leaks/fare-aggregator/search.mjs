import { STOPPED, unlessStopping } from "./lifecycle.mjs";
import { fetchFares, SUPPLIERS } from "./suppliers.mjs";

export async function searchFares(query) {
  const answers = await Promise.all(
    SUPPLIERS.map((supplier) => unlessStopping(fetchFares(supplier, query))),
  );
  if (answers.includes(STOPPED)) return { status: 503, body: { error: "shutting down" } };

  const offers = answers
    .flatMap((a) => a.offers.map((o) => ({ ...o, airline: a.name })))
    .sort((a, b) => a.fareCents - b.fareCents);
  return {
    status: 200,
    body: {
      query,
      cheapest: offers[0] ?? null,
      offers: offers.slice(0, 8),
      suppliers: answers.map((a) => ({ code: a.supplier, offers: a.offers.length })),
    },
  };
}
