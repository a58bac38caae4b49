/** A tiny Redux-style store: state is replaced, never mutated, so readers get a stable view. */

export type Reducer<S, A> = (state: S, action: A) => S;
export type Listener<S> = (state: S) => void;

export function createStore<S, A>(reducer: Reducer<S, A>, initial: S) {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    getState: () => state,
    dispatch(action: A) {
      state = reducer(state, action);
      for (const listener of listeners) listener(state);
    },
    subscribe(listener: Listener<S>) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
