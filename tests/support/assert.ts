/**
 * The few assertions the tests use (JSR's @std/assert is unreachable here): each throws with
 * a message that shows what differed.
 *
 * @module
 */

/** Throws unless `cond` is truthy. */
export function assert(cond: unknown, msg = "assertion failed"): asserts cond {
  if (!cond) throw new Error(msg);
}

/** Deep equality through JSON (enough for the plain data the tests compare). */
export function assertEquals<T>(actual: T, expected: T, msg?: string): void {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${msg ? msg + ": " : ""}expected ${e}, got ${a}`);
}

/** Throws unless `text` matches `re`. */
export function assertMatch(text: string, re: RegExp, msg?: string): void {
  if (!re.test(text)) {
    throw new Error(`${msg ? msg + ": " : ""}${JSON.stringify(text.slice(0, 500))} !~ ${re}`);
  }
}

/** Awaits `fn`, expecting a rejection of class `cls` whose message includes `includes`. */
export async function assertRejects<E extends Error>(
  fn: () => Promise<unknown>,
  // deno-lint-ignore no-explicit-any
  cls: new (...args: any[]) => E,
  includes?: string,
): Promise<E> {
  try {
    await fn();
  } catch (e) {
    if (!(e instanceof cls)) throw new Error(`expected ${cls.name}, got ${e}`, { cause: e });
    if (includes && !e.message.includes(includes)) {
      throw new Error(`expected message to include ${JSON.stringify(includes)}: ${e.message}`);
    }
    return e;
  }
  throw new Error(`expected a rejection (${cls.name}), but it resolved`);
}

/** Calls `fn`, expecting it to throw a `cls` whose message includes `includes`. */
export function assertThrows<E extends Error>(
  fn: () => unknown,
  // deno-lint-ignore no-explicit-any
  cls: new (...args: any[]) => E,
  includes?: string,
): E {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof cls)) throw new Error(`expected ${cls.name}, got ${e}`, { cause: e });
    if (includes && !e.message.includes(includes)) {
      throw new Error(`expected message to include ${JSON.stringify(includes)}: ${e.message}`);
    }
    return e;
  }
  throw new Error(`expected a throw (${cls.name}), but it returned`);
}
