import type { Subscription } from "./subscriptions.ts";

const BASE = "https://jobs.harbourrecruitment.example";

/** The footer of every alert e-mail: the one-click unsubscribe link (List-Unsubscribe too). */
export function unsubscribeLink(sub: Subscription): string {
  return `${BASE}/alerts/unsubscribe?email=${sub.email}&list=${sub.frequency}`;
}

export function welcomeMail(sub: Subscription) {
  const link = unsubscribeLink(sub);
  return {
    to: sub.email,
    subject: `Your ${sub.frequency} job alert for ${sub.roles.join(", ")}`,
    headers: {
      "List-Unsubscribe": `<${link}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
    text: `Hi ${sub.name},\n\nWe'll send you ${sub.frequency} alerts for ${sub.roles.join(", ")} ` +
      `roles within ${sub.radiusKm} km of ${sub.region} paying at least £${sub.salaryMin}.\n\n` +
      `Unsubscribe: ${link}\n`,
  };
}

/** Outgoing mail goes to the provider in batches, rendered as it goes; the last 20 are kept. */
export class Outbox {
  readonly #queue: { kind: "welcome"; sub: Subscription }[] = [];
  readonly sent: { to: string; subject: string; at: number }[] = [];

  constructor() {
    setInterval(() => this.#flush(), 200);
  }

  welcome(sub: Subscription) {
    this.#queue.push({ kind: "welcome", sub });
  }

  #flush() {
    for (const { sub } of this.#queue.splice(0)) {
      const mail = welcomeMail(sub);
      this.sent.unshift({ to: mail.to, subject: mail.subject, at: Date.now() });
    }
    if (this.sent.length > 20) this.sent.length = 20;
  }
}
