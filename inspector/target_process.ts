/**
 * The target's process on this machine, found without running code in it: its pid (Deno names
 * it in the inspector target's title; otherwise the one process whose command line asks for
 * this inspector port) and its resident set size. Both come from `ps`: Deno lets a program
 * read /proc only with --allow-all, so the server runs `ps` with numeric arguments it builds
 * itself (`--allow-run=ps`). When that is not allowed, or the target is elsewhere, the reason
 * is returned instead of a figure.
 *
 * @module
 */

import { isLoopbackHost } from "../net/mod.ts";
import type { TargetInfo } from "./discover.ts";

/** A figure, or why it is not known. */
export type Lookup<T> = { value: T } | { unavailable: string };

/** The inspector's host and port, from the debugger URL the session uses. */
export function inspectorEndpoint(info: TargetInfo): { host: string; port: number } {
  const u = new URL(info.webSocketDebuggerUrl);
  return { host: u.hostname, port: Number(u.port || (u.protocol === "wss:" ? 443 : 80)) };
}

/** The pid in a Deno target's title: `deno - main [pid: 8678]`. */
export function pidFromTitle(title: string | undefined): number | undefined {
  const m = /\[pid: (\d+)\]/.exec(title ?? "");
  return m ? Number(m[1]) : undefined;
}

/**
 * The inspector port a command line asks for (`--inspect`, `--inspect-brk=9230`,
 * `--inspect-wait=127.0.0.1:9231`, `--inspect-port=…`), or undefined when it asks for none.
 */
export function inspectPortOf(args: string): number | undefined {
  let port: number | undefined;
  const re = /(?:^|\s)--inspect(-brk|-wait|-port)?(?:=(?:\S*:)?(\d+))?(?=\s|$)/g;
  for (const m of args.matchAll(re)) {
    if (m[2]) port = Number(m[2]);
    else if (m[1] !== "-port") port ??= 9229;
  }
  return port;
}

/** Runs `ps` with `args`; its stdout, or why it could not run. */
async function ps(args: string[]): Promise<Lookup<string>> {
  try {
    const out = await new Deno.Command("ps", { args, stdout: "piped", stderr: "null" }).output();
    return { value: new TextDecoder().decode(out.stdout) };
  } catch (e) {
    if (e instanceof Deno.errors.NotCapable || e instanceof Deno.errors.PermissionDenied) {
      return { unavailable: "the server may not run ps (start it with Deno's --allow-run=ps)" };
    }
    if (e instanceof Deno.errors.NotFound) return { unavailable: "ps is not installed here" };
    return { unavailable: `ps failed: ${(e as Error).message}` };
  }
}

/** The target's pid, when it runs on this machine and can be told apart. */
export async function findTargetPid(info: TargetInfo): Promise<Lookup<number>> {
  const { host, port } = inspectorEndpoint(info);
  if (!isLoopbackHost(host)) return { unavailable: "the target runs on another machine" };
  const listing = await ps(["-eo", "pid=,ppid=,args="]);
  if ("unavailable" in listing) return listing;
  const procs = listing.value.split("\n").flatMap((line) => {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    return m ? [{ pid: Number(m[1]), ppid: Number(m[2]), args: m[3] }] : [];
  });
  const titled = pidFromTitle(info.title);
  if (titled !== undefined) {
    return procs.some((p) => p.pid === titled)
      ? { value: titled }
      : { unavailable: `process ${titled} named by the target is not visible here` };
  }
  const asking = procs.filter((p) => inspectPortOf(p.args) === port);
  // A launcher (npx, a shell) repeats the flags of the runtime it starts: keep the innermost.
  const pids = new Set(asking.map((p) => p.pid));
  const innermost = asking.filter((p) => !asking.some((q) => q.ppid === p.pid && pids.has(q.pid)));
  if (innermost.length === 1) return { value: innermost[0].pid };
  return {
    unavailable: innermost.length === 0
      ? `no process here was started with --inspect on port ${port}`
      : `${innermost.length} processes ask for inspector port ${port}`,
  };
}

/** Resident set size of `pid`, bytes. */
export async function readRss(pid: number): Promise<Lookup<number>> {
  const out = await ps(["-o", "rss=", "-p", String(pid)]);
  if ("unavailable" in out) return out;
  const kb = Number(out.value.trim());
  return out.value.trim() && Number.isFinite(kb)
    ? { value: kb * 1024 }
    : { unavailable: `process ${pid} has exited` };
}
