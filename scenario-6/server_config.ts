/**
 * Command-line configuration shared by the chat server (`app.ts`) and its fixed twin
 * (`app_fixed.ts`): where to listen, and the chat page to serve.
 *
 * @module
 */

/** Where the chat server listens. */
export interface ServerConfig {
  /** Interface to bind; loopback unless the operator opts in with `--host=`. */
  host: string;
  /** TCP port; 0 asks the OS for a free one. */
  port: number;
}

/** Port used when neither `--port` nor `PORT` is given. */
export const DEFAULT_PORT = 8086;
/** Loopback by default: the server is a debugging target, not a public service. */
export const DEFAULT_HOST = "127.0.0.1";

/** Thrown for a flag or environment value the server cannot use; the message says which. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Reads `--port=N` / `--port N`, `--host=H` from `args`, falling back to `env.PORT` and the
 * defaults. Throws {@link ConfigError} naming the bad argument.
 */
export function parseServerConfig(
  args: string[],
  env: { get(name: string): string | undefined },
): ServerConfig {
  let port: string | undefined;
  let host: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = splitFlag(arg);
    if (flag === "--port" || flag === "--host") {
      const value = inline ?? args[++i];
      if (value === undefined || value === "") {
        throw new ConfigError(
          `${flag} needs a value, e.g. ${flag}=${flag === "--port" ? 8086 : DEFAULT_HOST}`,
        );
      }
      if (flag === "--port") port = value;
      else host = value;
    } else if (arg === "--help" || arg === "-h") {
      throw new ConfigError(
        "usage: app.ts [--port=8086] [--host=127.0.0.1]  (env PORT also sets the port)",
      );
    } else {
      throw new ConfigError(`unknown argument "${arg}"; accepted: --port=N, --host=H`);
    }
  }
  const portSource = port !== undefined ? "--port" : "PORT";
  port ??= readEnv(env, "PORT");
  return {
    host: host ?? DEFAULT_HOST,
    port: port === undefined ? DEFAULT_PORT : parsePort(port, portSource),
  };
}

/** The chat page's HTML, read once at startup so every request is served from memory. */
export async function loadChatPage(): Promise<string> {
  const url = new URL("./public/index.html", import.meta.url);
  try {
    return await Deno.readTextFile(url);
  } catch (error) {
    if (error instanceof Deno.errors.NotCapable || error instanceof Deno.errors.PermissionDenied) {
      throw new ConfigError(
        `cannot read the chat page ${url.pathname}: run with --allow-read=scenario-6/public`,
      );
    }
    throw new ConfigError(`cannot read the chat page ${url.pathname}: ${(error as Error).message}`);
  }
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return eq === -1 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function readEnv(env: { get(name: string): string | undefined }, name: string) {
  try {
    return env.get(name);
  } catch {
    // Without --allow-env=PORT the variable simply does not count.
    return undefined;
  }
}

function parsePort(value: string, source: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new ConfigError(`${source} must be a port number 0-65535, got "${value}"`);
  }
  return port;
}
