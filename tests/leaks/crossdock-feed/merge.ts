/** Interleaves several async sources into one, in the order their values arrive. */
export async function* merge<T>(...sources: AsyncIterator<T>[]): AsyncGenerator<T> {
  while (true) {
    const { result } = await Promise.race(
      sources.map((source, index) => source.next().then((result) => ({ result, index }))),
    );
    if (result.done) return;
    yield result.value;
  }
}
