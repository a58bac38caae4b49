/** A minimal reducer store: dispatch(action) computes the next state and tells subscribers. */
export type Listener<S> = (state: S) => void;

export interface Store<S, A> {
  getState(): S;
  dispatch(action: A): S;
  subscribe(listener: Listener<S>): void;
  unsubscribe(listener: Listener<S>): void;
  readonly listenerCount: number;
}

export function createStore<S, A>(reducer: (state: S, action: A) => S, initial: S): Store<S, A> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    getState: () => state,
    dispatch(action) {
      state = reducer(state, action);
      for (const listener of listeners) listener(state);
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
    },
    unsubscribe(listener) {
      listeners.delete(listener);
    },
    get listenerCount() {
      return listeners.size;
    },
  };
}

/** Calls onChange with the new state whenever the selected slice of it changes (by ===). */
export function select<S, A, T>(
  store: Store<S, A>,
  selector: (state: S) => T,
  onChange: Listener<S>,
): void {
  let current = selector(store.getState());
  store.subscribe((state) => {
    const next = selector(state);
    if (next === current) return;
    current = next;
    onChange(state);
  });
}
