// The Specification pattern: composable business rules. Each rule compiles once to a predicate;
// compiled predicates are shared through a static cache keyed by the rule's description.

export type Predicate<T> = (candidate: T) => boolean;
// deno-lint-ignore no-explicit-any
type SpecClass = new (...args: any[]) => Specification<any>;

export abstract class Specification<T> {
  static readonly #compiled = new Map<string, Predicate<unknown>>();
  /** Rule classes by the name used in filter expressions, filled by @rule. */
  static readonly registry = new Map<string, SpecClass>();

  abstract describe(): string;
  protected abstract compile(): Predicate<T>;

  predicate(): Predicate<T> {
    const key = this.describe();
    let fn = Specification.#compiled.get(key) as Predicate<T> | undefined;
    if (!fn) {
      fn = this.compile();
      Specification.#compiled.set(key, fn as Predicate<unknown>);
    }
    return fn;
  }

  isSatisfiedBy(candidate: T): boolean {
    return this.predicate()(candidate);
  }

  and(other: Specification<T>): Specification<T> {
    return new AndSpecification(this, other);
  }

  static get compiledCount(): number {
    return Specification.#compiled.size;
  }
}

class AndSpecification<T> extends Specification<T> {
  constructor(private readonly left: Specification<T>, private readonly right: Specification<T>) {
    super();
  }

  describe(): string {
    return `(${this.left.describe()} AND ${this.right.describe()})`;
  }

  protected compile(): Predicate<T> {
    const left = this.left.predicate();
    const right = this.right.predicate();
    return (candidate) => left(candidate) && right(candidate);
  }
}

/** Class decorator: makes a rule available to filter expressions under `name`. */
export function rule(name: string) {
  return <C extends SpecClass>(target: C, context: ClassDecoratorContext<C>): C => {
    context.addInitializer(() => {
      Specification.registry.set(name, target);
    });
    return target;
  };
}
