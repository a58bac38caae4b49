export const config = {
  // earn quotes are shown on every fare in the results page, then again at checkout
  quoteCache: { max: 2000, ttlMs: 15 * 60_000 },
  statementLines: 20,
  recentAccruals: 50,
};
