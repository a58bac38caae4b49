/**
 * Headless Debian Chromium for browser tests, driven by `playwright-core`. When
 * `/usr/bin/chromium` is missing it is installed with apt-get (CI runs as root); when that is
 * impossible the test fails with what to install — it never skips silently.
 *
 * @module
 */

import { type BrowserContext, chromium } from "playwright-core";

/** Where Debian's `chromium` package puts the browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Flags every test browser runs with: headless, no sandbox (root), no background traffic. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const INSTALL_HINT = "install it with: apt-get update && apt-get install -y chromium";

/** Returns {@link CHROMIUM_PATH}, installing the package first if needed. */
export async function ensureChromium(): Promise<string> {
  if (await exists(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const failures: string[] = [];
  for (
    const args of [["update", "-qq"], [
      "install",
      "-y",
      "-qq",
      "-o",
      "DPkg::Lock::Timeout=300",
      "chromium",
    ]]
  ) {
    let out: Deno.CommandOutput;
    try {
      out = await new Deno.Command("apt-get", {
        args,
        env: { DEBIAN_FRONTEND: "noninteractive" },
        stdout: "piped",
        stderr: "piped",
      }).output();
    } catch (error) {
      failures.push(`apt-get ${args[0]}: ${(error as Error).message}`);
      break;
    }
    if (!out.success) {
      failures.push(
        `apt-get ${args[0]} exited ${out.code}: ${new TextDecoder().decode(out.stderr).trim()}`,
      );
      break;
    }
  }
  if (await exists(CHROMIUM_PATH)) return CHROMIUM_PATH;
  throw new Error(
    `${CHROMIUM_PATH} is missing and could not be installed (${
      failures.join("; ") || "unknown"
    }); ` +
      INSTALL_HINT,
  );
}

/** A running browser with a fresh profile; `close()` also deletes the profile. */
export interface TestBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh user-data-dir. */
export async function launchChromium(): Promise<TestBrowser> {
  const executablePath = await ensureChromium();
  const userDataDir = await Deno.makeTempDir({ prefix: "chromium-profile-" });
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
    });
  } catch (error) {
    await Deno.remove(userDataDir, { recursive: true }).catch(() => {});
    throw error;
  }
  return {
    context,
    close: async () => {
      await context.close();
      await Deno.remove(userDataDir, { recursive: true }).catch(() => {});
    },
  };
}

async function exists(path: string): Promise<boolean> {
  try {
    await Deno.stat(path);
    return true;
  } catch {
    return false;
  }
}
