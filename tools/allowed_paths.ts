/**
 * Keeping file access inside the allowed roots: a path is accepted only when both its lexical
 * form and its real path (symlinks resolved) lie inside one root, so neither `..` nor a
 * symlink can reach outside.
 *
 * @module
 */

import { isAbsolute, relative, resolve } from "node:path";
import { ToolError } from "./errors.ts";

/** True when `path` is `root` or below it (both absolute and normalised). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * Resolves `input` (relative to `cwd`) and returns its real path if it is inside one of `roots`.
 * Throws {@link ToolError} naming the path and the roots, or saying that it does not exist.
 */
export async function resolveInsideRoots(
  input: string,
  roots: string[],
  cwd: string,
  what = "file",
): Promise<string> {
  const lexical = resolve(cwd, input);
  const outside = () =>
    new ToolError(
      `${input} is outside the directories this server may read (${roots.join(", ")}).`,
      "Use a file inside the project, declare its folder as an MCP root in the client, or start " +
        "the server with --root=<dir> (and Deno --allow-read for it).",
    );
  if (!roots.some((r) => isInside(r, lexical))) throw outside();
  let real: string;
  try {
    real = await Deno.realPath(lexical);
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      throw new ToolError(
        `No such ${what}: ${lexical}.`,
        "Check the path (relative paths are from the server's working directory " + cwd + ").",
      );
    }
    throw e;
  }
  const realRoots = await Promise.all(roots.map((r) => Deno.realPath(r).catch(() => r)));
  if (!realRoots.some((r) => isInside(r, real))) throw outside();
  return real;
}
