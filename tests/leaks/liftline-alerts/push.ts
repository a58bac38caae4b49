/** Push notifications to the resort app, through the notification gateway. */

export interface Guest {
  name: string;
  skiPass: string;
  language: string;
}

const outbox: { device: string; text: string; at: number }[] = [];
const counters = { opened: 0, sent: 0, closed: 0 };

export class PushChannel {
  readonly sent: { text: string; at: number }[] = [];
  closed = false;
  readonly openedAt = Date.now();

  constructor(
    readonly device: string,
    readonly guest: Guest,
    readonly liftId: string,
    readonly token: string,
  ) {}

  send(text: string) {
    if (this.closed) return;
    const at = Date.now();
    this.sent.push({ text, at });
    outbox.push({ device: this.device, text, at });
    if (outbox.length > 50) outbox.shift();
    counters.sent++;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    counters.closed++;
  }
}

/** A session token for the device (the gateway answers in a few ms). */
async function sessionToken(device: string): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 2));
  return `gw1.${device.slice(0, 12)}.${crypto.randomUUID()}`;
}

export async function openChannel(guest: Guest, device: string, liftId: string) {
  const token = await sessionToken(device);
  counters.opened++;
  return new PushChannel(device, guest, liftId, token);
}

export function pushStats() {
  return { ...counters, outbox: outbox.length, last: outbox.at(-1) ?? null };
}
