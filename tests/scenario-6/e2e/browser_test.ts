/**
 * The chat page at `/` in a real headless Chromium: two people join, chat, see each other's
 * messages and the join/leave events, and one disconnects — on the leaky and the fixed server.
 */

import type { Page } from "playwright-core";
import { assertEquals } from "../../support/assert.ts";
import { launchChromium } from "../../support/chromium.ts";
import {
  type ChatServerVariant,
  getJson,
  startChatServer,
} from "../../support/scenario6_server.ts";

const TIMEOUT_MS = 10_000;

for (const variant of ["leaky", "fixed"] as ChatServerVariant[]) {
  Deno.test(`scenario-6 ${variant}: the chat page works in headless Chromium`, async () => {
    const server = await startChatServer(variant);
    const browser = await launchChromium().catch(async (error) => {
      await server.stop();
      throw error;
    });
    try {
      const alice = await browser.context.newPage();
      const bob = await browser.context.newPage();
      await join(alice, server.httpUrl, "alice");
      await join(bob, server.httpUrl, "bob");
      await seeEvent(alice, "join", "bob joined the chat");
      await seeEvent(bob, "join", "alice joined the chat"); // from the history sent on join

      await say(bob, "hello from bob");
      await seeMessage(alice, "bob", "hello from bob");
      await seeMessage(bob, "bob", "hello from bob");
      await say(alice, "hi bob <b>not bold</b>");
      const shown = await seeMessage(bob, "alice", "hi bob <b>not bold</b>");
      assertEquals(await shown.locator("b").count(), 0, "message text is shown as text, not HTML");

      await bob.click("#leave");
      await bob.locator("#status", { hasText: "Disconnected." }).waitFor({ timeout: TIMEOUT_MS });
      await bob.locator("#join-form").waitFor({ state: "visible", timeout: TIMEOUT_MS });
      await seeEvent(alice, "leave", "bob left the chat");
      assertEquals((await getJson(server, "/stats")).activeConnections, 1, "alice still connected");
    } finally {
      await browser.close();
      await server.stop();
    }
  });
}

async function join(page: Page, url: string, name: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.fill("#name", name);
  await page.click("#join");
  await page.locator("#status", { hasText: `Connected as ${name}.` }).waitFor({
    timeout: TIMEOUT_MS,
  });
  await page.locator("#room").waitFor({ state: "visible", timeout: TIMEOUT_MS });
}

async function say(page: Page, text: string): Promise<void> {
  await page.fill("#text", text);
  await page.click("#send");
}

async function seeEvent(page: Page, type: "join" | "leave", text: string) {
  const item = page.locator(`#messages li[data-type="${type}"]`, { hasText: text });
  await item.first().waitFor({ timeout: TIMEOUT_MS });
}

async function seeMessage(page: Page, user: string, text: string) {
  const item = page.locator(`#messages li[data-type="message"]`, { hasText: text })
    .filter({ has: page.locator(".user", { hasText: user }) }).first();
  await item.waitFor({ timeout: TIMEOUT_MS });
  return item;
}
