const CUBIC_FEET = {
  sofa: 45,
  armchair: 20,
  bed_double: 60,
  bed_single: 35,
  wardrobe: 55,
  dining_table: 30,
  chair: 6,
  box: 3,
  piano: 70,
  fridge: 30,
  washing_machine: 25,
};

const RATE_PER_CUFT = 0.9;
const RATE_PER_MILE = 2.4;
const MAX_KEPT = 50;

const quotes = new Map();

export function estimate({ ref, customer, from, to, miles, items }) {
  let volume = 0;
  const unknown = [];
  for (const [item, count] of Object.entries(items ?? {})) {
    const cuft = CUBIC_FEET[item];
    if (cuft === undefined) unknown.push(item);
    else volume += cuft * count;
  }
  const crew = volume > 900 ? 4 : volume > 400 ? 3 : 2;
  const price = Math.round(120 + volume * RATE_PER_CUFT + miles * RATE_PER_MILE + crew * 60);
  const quote = {
    ref,
    customer,
    from,
    to,
    volume,
    crew,
    price,
    unknown,
    needsSurvey: volume > 600 || (items?.piano ?? 0) > 0 || unknown.length > 0,
    status: "estimated",
    createdAt: new Date().toISOString(),
  };
  quotes.set(ref, quote);
  if (quotes.size > MAX_KEPT) quotes.delete(quotes.keys().next().value);
  return quote;
}

export function findQuote(ref) {
  return quotes.get(ref);
}
