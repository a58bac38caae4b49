/**
 * Which directories the server may read: the client's MCP roots, `--root` folders, the snapshot
 * directory — and its working directory, unless that is a place no project lives in. Claude
 * Desktop starts servers from a directory of its choosing (often `/` or the user's home); taken
 * as a root, that would open every file Deno's `--allow-read` lets through.
 *
 * @module
 */

import { parse, resolve } from "node:path";

/** Why a working directory is not used as a root, or undefined when it is used. */
export function workingDirectoryRefusal(cwd: string, home = homeDirectory()): string | undefined {
  const dir = resolve(cwd);
  if (parse(dir).root === dir) return "it is the file system's root";
  const homes = [home, "/root"].filter((h): h is string => !!h).map((h) => resolve(h));
  if (homes.includes(dir)) return "it is a home directory";
  // /home/me, /Users/me, C:\Users\me — and /home, /Users themselves.
  if (/^[/\\](home|Users)([/\\][^/\\]+)?$/.test(dir)) return "it is a home directory";
  if (/^[A-Za-z]:[/\\]Users([/\\][^/\\]+)?$/i.test(dir)) return "it is a home directory";
  if (homes.some((h) => h.startsWith(dir + "/"))) return "it holds home directories";
  return undefined;
}

/** `$HOME` when the server may read it (it runs without --allow-env in the shipped config). */
function homeDirectory(): string | undefined {
  try {
    return Deno.env.get("HOME") ?? Deno.env.get("USERPROFILE");
  } catch {
    return undefined;
  }
}
