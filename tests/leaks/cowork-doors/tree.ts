/**
 * Objects that grow their own branches, for policy trees that are mostly empty:
 * `blocks.doors.studio.until = …` without creating `doors` and `studio` first.
 */
// deno-lint-ignore no-explicit-any
export type Tree = { [key: string]: any };

export function tree(): Tree {
  return new Proxy({} as Tree, {
    get(target, key, receiver) {
      // Symbols (Symbol.toPrimitive, Symbol.iterator, …) and anything set already read through.
      if (typeof key === "symbol" || key in target) return Reflect.get(target, key, receiver);
      const branch = tree();
      target[key] = branch;
      return branch;
    },
  });
}

/** The leaves of a tree as `path → value`, for the admin page. */
export function leaves(node: Tree, prefix = ""): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === "object") Object.assign(out, leaves(value, path));
    else out[path] = value;
  }
  return out;
}
