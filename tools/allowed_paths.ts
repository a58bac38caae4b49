/**
 * Keeping file access inside the allowed roots: a path is accepted only when both its lexical
 * form and its real path (symlinks resolved) lie inside one root, so neither `..` nor a
 * symlink can reach outside; and only a regular file is opened (a FIFO would block the reader
 * for ever, a device could stream without end).
 *
 * @module
 */

import { isAbsolute, relative, resolve, sep } from "node:path";
import { shortQuote } from "../mcp/mod.ts";
import { ToolError } from "./errors.ts";

/** True when `path` is `root` or below it (both absolute and normalised). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  // `..hidden.ts` is a name inside the root; only `..` itself or `../…` leaves it.
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Refuses a path argument the file system cannot take (a NUL byte) or that holds control
 * characters, naming the argument and where, instead of failing deep inside Deno.
 */
export function checkPathText(input: string, arg: string): void {
  // deno-lint-ignore no-control-regex
  const bad = /[\u0000-\u001f\u007f]/.exec(input);
  if (!bad) return;
  const code = bad[0].charCodeAt(0).toString(16).padStart(2, "0");
  throw new ToolError(
    `${arg}: the path has a control character (0x${code}) at character ${bad.index + 1}` +
      (code === "00" ? " (a NUL byte, which no file name can hold)." : "."),
    "Pass a plain file path such as scenario-6/app.ts.",
  );
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
  const outside = () => outsideRoots(input, roots);
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
  // Inside by name, outside by its real path: a symlink out. Say where it leads.
  if (!(await insideRealRoots(real, roots))) throw outsideRoots(`${input} (→ ${real})`, roots);
  return real;
}

/** True when the real path `real` lies inside the real path of one of `roots`. */
export async function insideRealRoots(real: string, roots: string[]): Promise<boolean> {
  const realRoots = await Promise.all(roots.map((r) => Deno.realPath(r).catch(() => r)));
  return realRoots.some((r) => isInside(r, real));
}

/** The error for a path outside every root. */
export function outsideRoots(input: string, roots: string[]): ToolError {
  const shown = input.length > 256 ? shortQuote(input) : input;
  return new ToolError(
    roots.length
      ? `${shown} is outside the directories this server may read (${roots.join(", ")}).`
      : `${shown} cannot be read: this server has no directory it may read (its working ` +
        "directory is not used as one when it is / or a home directory).",
    "Use a file inside the project, declare its folder as an MCP root in the client, or start " +
      "the server with --root=<dir> (and Deno --allow-read for it).",
  );
}

/**
 * Throws a {@link ToolError} unless the real path `real` is a regular file; returns its size.
 * `what` names it in the message ("snapshot", "source file").
 */
export async function requireRegularFile(real: string, what: string): Promise<number> {
  const info = await Deno.stat(real);
  if (info.isFile) return info.size;
  const kind = info.isDirectory ? "a directory" : "not a regular file (a pipe, socket or device)";
  throw new ToolError(
    `${real} is ${kind}; the ${what} must be a regular file.`,
    info.isDirectory ? `Pass a ${what} inside it.` : `Pass a regular ${what}, or remove ${real}.`,
  );
}
