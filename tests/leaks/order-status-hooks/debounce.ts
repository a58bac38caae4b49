/** Trailing-edge debounce: the last call's arguments win once calls have been quiet for `ms`. */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  flush(): void;
  cancel(): void;
  readonly pending: boolean;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A | undefined;

  const fire = () => {
    timer = undefined;
    if (lastArgs) fn(...lastArgs);
  };
  const debounced = (...args: A) => {
    lastArgs = args;
    clearTimeout(timer);
    timer = setTimeout(fire, ms);
  };
  return Object.defineProperties(debounced, {
    flush: { value: () => timer !== undefined && (clearTimeout(timer), fire()) },
    cancel: { value: () => (clearTimeout(timer), timer = undefined) },
    pending: { get: () => timer !== undefined },
  }) as Debounced<A>;
}
