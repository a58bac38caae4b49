// Stand-in for the SMS provider's client: validates and records what would go out.
const RECENT_MAX = 20;

export class SmsSender {
  constructor(from) {
    this.from = from;
    this.recent = [];
  }

  async send({ to, body }) {
    if (!/^\+44\d{9,10}$/.test(to)) throw new Error(`bad number ${to}`);
    await null;
    const segments = Math.ceil(body.length / 153);
    this.recent.push({ to, segments, at: Date.now() });
    if (this.recent.length > RECENT_MAX) this.recent.shift();
    return { id: `SM${Date.now().toString(36)}`, segments };
  }
}
