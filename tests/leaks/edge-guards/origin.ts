/** The origin: pages of search hits, produced lazily. */
export async function* hits(query: string, signal: AbortSignal) {
  for (let page = 0; page < 50; page++) {
    signal.throwIfAborted();
    await Promise.resolve();
    yield Array.from({ length: 10 }, (_, n) => ({
      id: `${query}-${page * 10 + n}`,
      score: 1 / (1 + page * 10 + n),
    }));
  }
}
