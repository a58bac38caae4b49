export interface Hit {
  id: string;
  title: string;
  score: number;
}

const DOCS = [
  "Returning an item bought online in a store",
  "Delivery times for the Wadden islands",
  "How to change the delivery address of an order",
  "Gift cards: balance, validity and refunds",
  "Paying in instalments with Klarna",
  "Warranty on electronics bought before 2022",
  "Store opening hours on public holidays",
];

export function search(query: string, limit: number): Hit[] {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return DOCS.map((title, n) => ({
    id: `faq-${n + 1}`,
    title,
    score: terms.reduce((s, t) => s + (title.toLowerCase().includes(t) ? 1 : 0), 0),
  })).filter((h) => h.score > 0).sort((a, b) => b.score - a.score).slice(0, limit);
}
