import { setTimeout as sleep } from "node:timers/promises";

/** Stub SMTP relay: accepts mail for real domains, bounces reserved/test domains. */
export const smtp = {
  async send(message) {
    await sleep(1);
    const domain = message.to.split("@")[1] ?? "";
    if (domain.endsWith(".invalid") || domain.endsWith(".test")) {
      throw new Error(`550 5.1.2 ${domain}: domain not found`);
    }
    return { id: `<${Date.now()}.${Math.random().toString(36).slice(2)}@relay>` };
  },
};
