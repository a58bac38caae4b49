/**
 * Headless Debian Chromium for browser tests, driven by `playwright-core`. `.ci/run` installs it;
 * a test never does: when `/usr/bin/chromium` is missing the test fails with the command that
 * installs it — it never skips silently.
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

/** What installs the browser (as `.ci/run` does). */
export const CHROMIUM_INSTALL = "apt-get update && apt-get install -y chromium";

/** Returns {@link CHROMIUM_PATH}; throws with the install command when it is missing. */
export async function ensureChromium(): Promise<string> {
  if (await exists(CHROMIUM_PATH)) return CHROMIUM_PATH;
  throw new Error(
    `${CHROMIUM_PATH} is missing: this browser test needs Debian's Chromium. Install it with ` +
      `\`${CHROMIUM_INSTALL}\` (bash .ci/run does), then run the tests again.`,
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
