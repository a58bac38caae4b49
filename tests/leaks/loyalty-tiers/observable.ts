// The Observable mixin: gives any class a set of observers and notify().

// deno-lint-ignore no-explicit-any
type Constructor<T = object> = abstract new (...args: any[]) => T;

export interface Observer<E> {
  onChange(change: E): void;
}

export function Observable<E>() {
  return <TBase extends Constructor>(Base: TBase) => {
    abstract class ObservableMixin extends Base {
      #observers = new Set<Observer<E>>();

      subscribe(observer: Observer<E>): () => void {
        this.#observers.add(observer);
        return () => this.#observers.delete(observer);
      }

      protected notify(change: E): void {
        for (const observer of this.#observers) observer.onChange(change);
      }

      get observerCount(): number {
        return this.#observers.size;
      }
    }
    return ObservableMixin;
  };
}
