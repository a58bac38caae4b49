/**
 * `@memoize` for methods whose result depends only on their arguments and the instance's
 * fixed state (a calculator made per request): repeated calls during one request are served
 * from the cache instead of being computed again.
 */
export function memoize<This, Args extends unknown[], Result>(
  method: (this: This, ...args: Args) => Result,
  _context: ClassMethodDecoratorContext<This, (this: This, ...args: Args) => Result>,
) {
  const results = new Map<string, Result>();
  return function memoized(this: This, ...args: Args): Result {
    const key = JSON.stringify(args);
    let value = results.get(key);
    if (value === undefined) {
      value = method.apply(this, args);
      results.set(key, value);
    }
    return value;
  };
}
